package org.liaison.exchange;

import java.io.IOException;
import java.util.List;

import jakarta.servlet.http.HttpServletRequest;

import org.liaison.shared.Problems;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/**
 * The node-to-node endpoints. They need no session: a delivery is authenticated by its signature against
 * a pinned partner key, and the key export is public by nature. Answers are JSON or problem+json with the
 * rejection {@code reason}, which the sender records.
 */
@RestController
class FederationEndpoint {

    private final Reception reception;
    private final BatchReception batches;
    private final NoticeReception notices;
    private final KeyExports exports;
    private final JsonMapper json;
    private final ExchangeSettings settings;

    FederationEndpoint(Reception reception, BatchReception batches, NoticeReception notices, KeyExports exports,
                       JsonMapper json, ExchangeSettings settings) {
        this.reception = reception;
        this.batches = batches;
        this.notices = notices;
        this.exports = exports;
        this.json = json;
        this.settings = settings;
    }

    @PostMapping(path = Delivery.PATH, produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<Object> deliver(HttpServletRequest request) throws IOException {
        Delivery.DeliveryRequest delivery;
        try {
            delivery = read(request);
        } catch (EnvelopeRejected e) {
            reception.refuseUnread(e.reason(), e.getMessage());
            throw e;
        }
        var files = delivery.attachments() == null ? List.<Delivery.DeliveryRequest.File>of() : delivery.attachments();
        var accepted = reception.receive(delivery.envelope(), files);
        return ResponseEntity.ok(new ReceiptReply(accepted.receipt(), accepted.duplicate()));
    }

    /**
     * Several envelopes in one request (ADR 0008): one answer per envelope, one signed receipt for those
     * stored. Same path as a single delivery (the path open without a session), told apart by its media type.
     */
    @PostMapping(path = Delivery.PATH, consumes = BatchDelivery.MEDIA_TYPE, produces = MediaType.APPLICATION_JSON_VALUE)
    BatchReception.Reply deliverBatch(HttpServletRequest request) throws IOException {
        BatchDelivery.BatchRequest batch;
        try {
            batch = readBatch(request);
        } catch (EnvelopeRejected e) {
            reception.refuseUnread(e.reason(), e.getMessage());
            throw e;
        }
        return batches.receive(batch.messages());
    }

    /** Signed read notices of messages this node sent (the partner's officers opened them). */
    @PostMapping(path = Delivery.PATH, consumes = NoticeDelivery.MEDIA_TYPE, produces = MediaType.APPLICATION_JSON_VALUE)
    NoticeDelivery.Reply readNotices(HttpServletRequest request) throws IOException {
        NoticeDelivery.Batch batch;
        try {
            batch = json.readValue(readBounded(request), NoticeDelivery.Batch.class);
        } catch (JacksonException e) {
            batch = null;
        }
        if (batch == null || batch.notices() == null || batch.notices().size() > BatchDelivery.MAX_MESSAGES) {
            reception.refuseUnread(Rejection.MALFORMED, "not a list of at most " + BatchDelivery.MAX_MESSAGES + " read notices");
            throw new EnvelopeRejected(Rejection.MALFORMED, "not a list of at most " + BatchDelivery.MAX_MESSAGES + " read notices");
        }
        return notices.receive(batch.notices());
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
        return ResponseEntity.status(e.status()).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }

    private Delivery.DeliveryRequest read(HttpServletRequest request) throws IOException {
        var body = readBounded(request);
        Delivery.DeliveryRequest delivery;
        try {
            delivery = json.readValue(body, Delivery.DeliveryRequest.class);
        } catch (JacksonException e) {
            throw new EnvelopeRejected(Rejection.MALFORMED, "the delivery is not the expected JSON: " + e.getOriginalMessage());
        }
        if (delivery == null || delivery.envelope() == null) {
            throw new EnvelopeRejected(Rejection.MALFORMED, "the delivery has no envelope");
        }
        return delivery;
    }

    private BatchDelivery.BatchRequest readBatch(HttpServletRequest request) throws IOException {
        BatchDelivery.BatchRequest batch;
        try {
            batch = json.readValue(readBounded(request), BatchDelivery.BatchRequest.class);
        } catch (JacksonException e) {
            throw new EnvelopeRejected(Rejection.MALFORMED, "the batch is not the expected JSON: " + e.getOriginalMessage());
        }
        if (batch == null || batch.messages() == null || batch.messages().isEmpty()
                || batch.messages().stream().anyMatch(m -> m == null || m.envelope() == null)) {
            throw new EnvelopeRejected(Rejection.MALFORMED, "the batch has no messages, or one without an envelope");
        }
        if (batch.messages().size() > BatchDelivery.MAX_MESSAGES) {
            throw new EnvelopeRejected(Rejection.TOO_LARGE, "a batch holds at most " + BatchDelivery.MAX_MESSAGES + " messages");
        }
        return batch;
    }

    /** Reads at most the configured size, so an oversized delivery costs no more memory than a full one. */
    private byte[] readBounded(HttpServletRequest request) throws IOException {
        long declared = request.getContentLengthLong();
        if (declared > settings.maxEnvelopeBytes()) {
            throw new EnvelopeRejected(Rejection.TOO_LARGE, "the delivery has " + declared + " bytes, at most "
                    + settings.maxEnvelopeBytes() + " are accepted");
        }
        var bytes = request.getInputStream().readNBytes(settings.maxEnvelopeBytes() + 1);
        if (bytes.length > settings.maxEnvelopeBytes()) {
            throw new EnvelopeRejected(Rejection.TOO_LARGE, "the delivery exceeds " + settings.maxEnvelopeBytes() + " bytes");
        }
        return bytes;
    }

    record ReceiptReply(String receipt, boolean duplicate) {
    }
}
