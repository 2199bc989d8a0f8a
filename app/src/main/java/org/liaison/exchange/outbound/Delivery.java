package org.liaison.exchange.outbound;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.liaison.audit.AuditAction;
import org.liaison.audit.AuditTrail;
import org.liaison.exchange.ConversationId;
import org.liaison.exchange.MessageDelivered;
import org.liaison.exchange.MessageRefused;
import org.liaison.exchange.settings.ExchangeSettings;
import org.liaison.exchange.store.Attachments;
import org.liaison.exchange.store.Rejections;
import org.liaison.exchange.trust.Envelopes;
import org.liaison.exchange.trust.Partners;
import org.liaison.exchange.wire.DeliveryRequest;
import org.liaison.exchange.wire.EnvelopeRejected;
import org.liaison.exchange.wire.Rejection;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/**
 * One delivery attempt of an outbox row and what it comes to: delivered with a verified signed receipt,
 * rejected for good (the receiver's reason is kept), retried later with backoff, or a dead letter.
 */
@Component
class Delivery {

    /** The shortest wait after a partner shed a delivery, whatever it asked for. */
    private static final Duration DEFERRED_AT_LEAST = Duration.ofSeconds(1);

    private final FederationClient client;
    private final Partners partners;
    private final Envelopes envelopes;
    private final Attachments attachments;
    private final Deliveries deliveries;
    private final Rejections rejections;
    private final AuditTrail audit;
    private final ApplicationEventPublisher events;
    private final JsonMapper json;
    private final Clock clock;
    private final ExchangeSettings settings;
    private final Backoff backoff;

    Delivery(FederationClient client, Partners partners, Envelopes envelopes, Attachments attachments,
             Deliveries deliveries, Rejections rejections, AuditTrail audit, ApplicationEventPublisher events,
             JsonMapper json, Clock clock, ExchangeSettings settings) {
        this.client = client;
        this.partners = partners;
        this.envelopes = envelopes;
        this.attachments = attachments;
        this.deliveries = deliveries;
        this.rejections = rejections;
        this.audit = audit;
        this.events = events;
        this.json = json;
        this.clock = clock;
        this.settings = settings;
        this.backoff = new Backoff(settings.backoffBase(), settings.backoffMax());
    }

    /**
     * Looks up the endpoints and attachments of a claimed round with one query each, in the claiming
     * transaction (no connection per attempt), and builds each message's part of the body.
     */
    List<Prepared> prepare(List<Deliveries.Due> due) {
        var baseUrls = new HashMap<String, Optional<String>>();
        var files = attachments.ofAll(due.stream().map(Deliveries.Due::id).toList());
        return due.stream().map(d -> {
            var baseUrl = baseUrls.computeIfAbsent(d.recipientNode(), node ->
                    partners.find(node).filter(Partners.Partner::trusted).map(Partners.Partner::baseUrl));
            var encoded = files.getOrDefault(d.id(), List.of()).stream()
                    .map(a -> new DeliveryRequest.File(a.sha256(), a.content())).toList();
            return new Prepared(d, baseUrl.orElse(null), new DeliveryRequest(d.envelope(), encoded));
        }).toList();
    }

    /** Sends the envelope over HTTP only; never throws, every failure becomes an outcome. */
    Outcome attempt(Prepared prepared) {
        if (prepared.baseUrl() == null) {
            return new Outcome(Rejection.UNKNOWN_SENDER, prepared.due().recipientNode() + " is not a trusted partner", null);
        }
        try {
            var reply = client.post(prepared.baseUrl(), DeliveryRequest.PATH, json.writeValueAsString(prepared.request()));
            if (reply.status() == 200) {
                // Checked here, in parallel, rather than one after another in the claiming transaction.
                return checkReceipt(prepared.due(), new Outcome(null, "delivered",
                        json.readTree(reply.body()).path("receipt").asString("")));
            }
            return refused(reply);
        } catch (EnvelopeRejected e) {
            return new Outcome(e.reason(), e.getMessage(), null);
        } catch (IOException | JacksonException e) {
            return new Outcome(Rejection.UNREACHABLE, FederationClient.describe(e), null);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Outcome(Rejection.UNREACHABLE, "interrupted", null);
        }
    }

    /**
     * Records a request's outcomes in the claiming transaction: the delivered messages in one statement,
     * the others one by one (batch receipts must have been kept first).
     */
    void recordAll(List<Prepared> chunk, List<Outcome> outcomes) {
        var delivered = new java.util.ArrayList<Deliveries.Delivered>();
        for (int i = 0; i < chunk.size(); i++) {
            var due = chunk.get(i).due();
            var outcome = outcomes.get(i);
            if (outcome.receipt() != null) {
                delivered.add(new Deliveries.Delivered(due.id(), outcome.batch() == null ? outcome.receipt() : null,
                        outcome.batch()));
                events.publishEvent(new MessageDelivered(due.id(), conversationOf(due)));
            } else {
                record(due, outcome);
            }
        }
        deliveries.deliveredAll(delivered, Instant.now(clock));
    }

    /** Records the outcome in the claiming transaction (batch receipts must have been kept first). */
    void record(Deliveries.Due due, Outcome outcome) {
        var now = Instant.now(clock);
        var message = due.id();
        if (outcome.receipt() != null) {
            deliveries.delivered(message, outcome.batch() == null ? outcome.receipt() : null, outcome.batch(), now);
            events.publishEvent(new MessageDelivered(message, conversationOf(due)));
        } else if (outcome.reason() != null && outcome.reason().deferred()) {
            // The partner did not look at it (rate limit, load): no attempt is counted, the wait is the partner's.
            var wait = outcome.retryAfter() == null || outcome.retryAfter().compareTo(DEFERRED_AT_LEAST) < 0
                    ? DEFERRED_AT_LEAST : outcome.retryAfter();
            deliveries.defer(message, now.plus(wait), outcome.reason() + ": " + outcome.detail());
        } else if (outcome.reason() != null && outcome.reason().permanent()) {
            deliveries.finish(message, "REJECTED", outcome.reason() + ": " + outcome.detail());
            rejections.add(now, "OUT", message, due.recipientNode(), outcome.reason().name(), outcome.detail());
            audit.record(AuditAction.MESSAGE_DELIVERY_REJECTED, "message:" + message, outcome.reason() + ": " + outcome.detail());
            events.publishEvent(new MessageRefused(message, conversationOf(due), outcome.reason().name(), false));
        } else if (due.attempts() + 1 >= settings.maxAttempts()) {
            deliveries.finish(message, "DEAD", outcome.reason() + ": " + outcome.detail());
            audit.record(AuditAction.MESSAGE_DEAD_LETTERED, "message:" + message,
                    "attempts=" + (due.attempts() + 1) + " last=" + outcome.reason() + ": " + outcome.detail());
            events.publishEvent(new MessageRefused(message, conversationOf(due), String.valueOf(outcome.reason()), true));
        } else {
            deliveries.retryLater(message, now.plus(backoff.delayAfter(due.attempts())), outcome.reason() + ": " + outcome.detail());
        }
    }

    private Outcome checkReceipt(Deliveries.Due due, Outcome outcome) {
        if (outcome.receipt() == null) {
            return outcome;
        }
        try {
            envelopes.openReceipt(outcome.receipt(), due.recipientNode(), due.id().toString(), due.sha256());
            return outcome;
        } catch (EnvelopeRejected e) {
            return new Outcome(Rejection.BAD_RECEIPT, e.getMessage(), null);
        }
    }

    /** The outcome a receiver's problem answer comes to. */
    Outcome refused(FederationClient.Reply reply) {
        try {
            var problem = json.readTree(reply.body());
            var reason = Rejection.valueOf(problem.path("reason").asString("").toUpperCase(Locale.ROOT));
            return new Outcome(reason, problem.path("detail").asString(""), null, null, reply.retryAfter());
        } catch (JacksonException | IllegalArgumentException e) {
            // Not one of our problems (a proxy, an overloaded server): worth another try.
            return new Outcome(Rejection.UNREACHABLE, "HTTP " + reply.status(), null);
        }
    }

    private ConversationId conversationOf(Deliveries.Due due) {
        return due.conversation();
    }

    record Prepared(Deliveries.Due due, @Nullable String baseUrl, DeliveryRequest request) {

        /** About how many bytes this message adds to a delivery body. */
        int size() {
            return request.envelope().length() + 64 + request.attachments().stream()
                    .mapToInt(f -> (f.content().length + 2) / 3 * 4 + 80).sum();
        }
    }

    /**
     * {@code batch}: the id of the batch receipt ({@code receipt}) that acknowledges the message, if it is one;
     * {@code retryAfter}: how long the partner asked to wait before the next try, if it did.
     */
    record Outcome(@Nullable Rejection reason, String detail, @Nullable String receipt, @Nullable UUID batch,
                   @Nullable Duration retryAfter) {

        Outcome(@Nullable Rejection reason, String detail, @Nullable String receipt) {
            this(reason, detail, receipt, null, null);
        }

        Outcome(@Nullable Rejection reason, String detail, @Nullable String receipt, @Nullable UUID batch) {
            this(reason, detail, receipt, batch, null);
        }
    }
}
