package org.liaison.exchange.inbound;

import java.io.IOException;
import java.util.List;
import java.util.function.Predicate;

import jakarta.servlet.http.HttpServletRequest;

import org.jspecify.annotations.Nullable;
import org.liaison.exchange.trust.KeyExports;
import org.liaison.exchange.wire.BatchReply;
import org.liaison.exchange.wire.BatchRequest;
import org.liaison.exchange.wire.DeliveryRequest;
import org.liaison.exchange.wire.EnvelopeRejected;
import org.liaison.exchange.wire.NoticeBatch;
import org.liaison.exchange.wire.NoticeReply;
import org.liaison.exchange.wire.ReceiptReply;
import org.liaison.exchange.wire.Rejection;
import org.liaison.shared.Problems;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The node-to-node endpoints. They need no session: a delivery is authenticated by its signature against
 * a pinned partner key, and the key export is public by nature. Answers are JSON or problem+json with the
 * rejection {@code reason}, which the sender records.
 *
 * <p>Before a byte of a delivery is read, {@link InboundLimits} decides whether it may come in (its declared
 * length, its address's rate, how much is being read at once); the body is then parsed straight from the
 * request stream within the size limit ({@link DeliveryBodies}). What is refused before a signature
 * verified is only counted ({@link InboundRefusals}).
 */
@RestController
class FederationEndpoint {

    private final InboundLimits limits;
    private final DeliveryBodies bodies;
    private final InboundRefusals refusals;
    private final Reception reception;
    private final BatchReception batches;
    private final NoticeReception notices;
    private final KeyExports exports;

    FederationEndpoint(InboundLimits limits, DeliveryBodies bodies, InboundRefusals refusals, Reception reception,
                       BatchReception batches, NoticeReception notices, KeyExports exports) {
        this.limits = limits;
        this.bodies = bodies;
        this.refusals = refusals;
        this.reception = reception;
        this.batches = batches;
        this.notices = notices;
        this.exports = exports;
    }

    @PostMapping(path = DeliveryRequest.PATH, produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<Object> deliver(HttpServletRequest request) throws IOException {
        var address = request.getRemoteAddr();
        try (var admitted = admit(request)) {
            var delivery = read(request, DeliveryRequest.class, d -> d.envelope() != null,
                    "the delivery has no envelope");
            var files = delivery.attachments() == null ? List.<DeliveryRequest.File>of() : delivery.attachments();
            var accepted = reception.receive(delivery.envelope(), files, address);
            return ResponseEntity.ok(new ReceiptReply(accepted.receipt(), accepted.duplicate()));
        }
    }

    /**
     * Several envelopes in one request (ADR 0008): one answer per envelope, one signed receipt for those
     * stored. Same path as a single delivery (the path open without a session), told apart by its media type.
     */
    @PostMapping(path = DeliveryRequest.PATH, consumes = BatchRequest.MEDIA_TYPE, produces = MediaType.APPLICATION_JSON_VALUE)
    BatchReply deliverBatch(HttpServletRequest request) throws IOException {
        try (var admitted = admit(request)) {
            var batch = read(request, BatchRequest.class, b -> b.messages() != null && !b.messages().isEmpty()
                    && b.messages().stream().allMatch(m -> m != null && m.envelope() != null),
                    "the batch has no messages, or one without an envelope");
            if (batch.messages().size() > BatchRequest.MAX_MESSAGES) {
                throw unread(request, new EnvelopeRejected(Rejection.TOO_LARGE,
                        "a batch holds at most " + BatchRequest.MAX_MESSAGES + " messages"));
            }
            return batches.receive(batch.messages(), request.getRemoteAddr());
        }
    }

    /** Signed read notices of messages this node sent (the partner's officers opened them). */
    @PostMapping(path = DeliveryRequest.PATH, consumes = NoticeBatch.MEDIA_TYPE, produces = MediaType.APPLICATION_JSON_VALUE)
    NoticeReply readNotices(HttpServletRequest request) throws IOException {
        try (var admitted = admit(request)) {
            var batch = read(request, NoticeBatch.class,
                    b -> b.notices() != null && b.notices().size() <= BatchRequest.MAX_MESSAGES,
                    "not a list of at most " + BatchRequest.MAX_MESSAGES + " read notices");
            return notices.receive(batch.notices(), request.getRemoteAddr());
        }
    }

    @GetMapping(path = KeyExports.PATH, produces = "application/jose")
    String keys() {
        return exports.current();
    }

    @ExceptionHandler(EnvelopeRejected.class)
    ResponseEntity<ProblemDetail> rejected(EnvelopeRejected e, HttpServletRequest request) {
        var problem = Problems.of(e.status(), e.reason().problemType(), e.getMessage(), request.getRequestURI());
        problem.setTitle(e.reason().name());
        problem.setProperty("reason", e.reason().name());
        var answer = ResponseEntity.status(e.status()).contentType(MediaType.APPLICATION_PROBLEM_JSON);
        if (e.retryAfter() != null) {
            answer.header(HttpHeaders.RETRY_AFTER, String.valueOf(Math.max(1, (e.retryAfter().toMillis() + 999) / 1000)));
        }
        return answer.body(problem);
    }

    private InboundLimits.Admission admit(HttpServletRequest request) {
        try {
            return limits.admit(request);
        } catch (EnvelopeRejected e) {
            throw unread(request, e);
        }
    }

    /** The body as {@code type} if it is one and {@code valid}; anything else is refused before any signature is looked at. */
    private <T> T read(HttpServletRequest request, Class<T> type, Predicate<T> valid, String invalid)
            throws IOException {
        @Nullable T body;
        try {
            body = bodies.read(request, type);
        } catch (EnvelopeRejected e) {
            throw unread(request, e);
        }
        if (body == null || !valid.test(body)) {
            throw unread(request, new EnvelopeRejected(Rejection.MALFORMED, invalid));
        }
        return body;
    }

    private EnvelopeRejected unread(HttpServletRequest request, EnvelopeRejected refusal) {
        refusals.unverified(request.getRemoteAddr(), refusal.reason(), refusal.getMessage());
        return refusal;
    }
}
