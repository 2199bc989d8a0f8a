package org.liaison.exchange.outbound;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;

import org.liaison.exchange.settings.ExchangeSettings;
import org.liaison.exchange.trust.Envelopes;
import org.liaison.exchange.wire.BatchReceipt;
import org.liaison.exchange.wire.BatchReply;
import org.liaison.exchange.wire.BatchRequest;
import org.liaison.exchange.wire.DeliveryRequest;
import org.liaison.exchange.wire.EnvelopeRejected;
import org.liaison.exchange.wire.Rejection;
import org.springframework.stereotype.Component;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/**
 * Sends a claimed round as one request per partner (ADR 0008) and turns the partner's answer into one
 * outcome per message: delivered under a verified receipt (the batch receipt is verified once), refused
 * with the partner's reason, or retried. A partner that does not take batches (an older node) gets the
 * messages one request each, and is asked again only after a while.
 */
@Component
class BatchDelivery {

    /** Answers of a node that does not know the batch media type, or will not take this batch whole. */
    private static final Set<Integer> NOT_AS_A_BATCH = Set.of(400, 404, 405, 413, 415);
    private static final Duration SINGLES_FOR = Duration.ofMinutes(10);

    private final Delivery delivery;
    private final FederationClient client;
    private final Envelopes envelopes;
    private final JsonMapper json;
    private final ExchangeSettings settings;
    private final Clock clock;
    private final Map<String, Instant> singlesUntil = new ConcurrentHashMap<>();

    BatchDelivery(Delivery delivery, FederationClient client, Envelopes envelopes, JsonMapper json,
                  ExchangeSettings settings, Clock clock) {
        this.delivery = delivery;
        this.client = client;
        this.envelopes = envelopes;
        this.json = json;
        this.settings = settings;
        this.clock = clock;
    }

    /** Splits a round into requests: per partner, within this node's own size limit and the message cap. */
    List<List<Delivery.Prepared>> chunks(List<Delivery.Prepared> round) {
        var chunks = new ArrayList<List<Delivery.Prepared>>();
        var open = new HashMap<String, List<Delivery.Prepared>>();
        var bytes = new HashMap<String, Integer>();
        for (var p : round) {
            var partner = p.due().recipientNode();
            var current = open.get(partner);
            if (current == null || current.size() >= BatchRequest.MAX_MESSAGES
                    || bytes.get(partner) + p.size() > settings.maxEnvelopeBytes()) {
                current = new ArrayList<>();
                chunks.add(current);
                open.put(partner, current);
                bytes.put(partner, 0);
            }
            current.add(p);
            bytes.merge(partner, p.size(), Integer::sum);
        }
        return chunks;
    }

    /** Delivers messages bound for one partner; one outcome per message, in order. Never throws. */
    List<Delivery.Outcome> attempt(List<Delivery.Prepared> chunk) {
        var baseUrl = chunk.getFirst().baseUrl();
        if (baseUrl == null || Instant.now(clock).isBefore(singlesUntil.getOrDefault(baseUrl, Instant.MIN))) {
            return singles(chunk);
        }
        try {
            var body = json.writeValueAsString(new BatchRequest(chunk.stream().map(Delivery.Prepared::request).toList()));
            var reply = client.post(baseUrl, DeliveryRequest.PATH, BatchRequest.MEDIA_TYPE, body);
            if (reply.status() == 200) {
                return outcomes(chunk, json.readValue(reply.body(), BatchReply.class));
            }
            if (NOT_AS_A_BATCH.contains(reply.status())) {
                singlesUntil.put(baseUrl, Instant.now(clock).plus(SINGLES_FOR));
                return singles(chunk);
            }
            return same(chunk, delivery.refused(reply));
        } catch (EnvelopeRejected e) {
            return same(chunk, new Delivery.Outcome(e.reason(), e.getMessage(), null));
        } catch (IOException | JacksonException e) {
            return same(chunk, new Delivery.Outcome(Rejection.UNREACHABLE, FederationClient.describe(e), null));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return same(chunk, new Delivery.Outcome(Rejection.UNREACHABLE, "interrupted", null));
        }
    }

    private List<Delivery.Outcome> outcomes(List<Delivery.Prepared> chunk, BatchReply reply) {
        if (reply.results() == null || reply.receipts() == null || reply.results().size() != chunk.size()) {
            return same(chunk, new Delivery.Outcome(Rejection.BAD_RECEIPT, "the answer does not match the batch", null));
        }
        var receipts = new Receipts(reply.receipts(), chunk.getFirst().due().recipientNode());
        var outcomes = new ArrayList<Delivery.Outcome>();
        for (int i = 0; i < chunk.size(); i++) {
            outcomes.add(receipts.outcome(chunk.get(i).due(), reply.results().get(i)));
        }
        return outcomes;
    }

    private List<Delivery.Outcome> singles(List<Delivery.Prepared> chunk) {
        try (var pool = Executors.newVirtualThreadPerTaskExecutor()) {
            var attempts = chunk.stream().map(p -> pool.submit(() -> delivery.attempt(p))).toList();
            return attempts.stream().map(a -> {
                try {
                    return a.get();
                } catch (Exception e) {
                    return new Delivery.Outcome(Rejection.UNREACHABLE, e.toString(), null);
                }
            }).toList();
        }
    }

    private static List<Delivery.Outcome> same(List<Delivery.Prepared> chunk, Delivery.Outcome outcome) {
        return chunk.stream().map(p -> outcome).toList();
    }

    /** The receipts of one answer, each verified once, however many messages it acknowledges. */
    private final class Receipts {

        private final List<String> compact;
        private final String partner;
        private final Map<Integer, Object> opened = new HashMap<>();

        Receipts(List<String> compact, String partner) {
            this.compact = compact;
            this.partner = partner;
        }

        Delivery.Outcome outcome(Deliveries.Due due, BatchReply.Result result) {
            if (result.id() != null && !result.id().equals(due.id().toString())) {
                return new Delivery.Outcome(Rejection.BAD_RECEIPT, "the answer names another message", null);
            }
            if (result.reason() != null) {
                return new Delivery.Outcome(reason(result.reason()), String.valueOf(result.detail()), null);
            }
            var index = result.receipt();
            if (index == null || index < 0 || index >= compact.size()) {
                return new Delivery.Outcome(Rejection.BAD_RECEIPT, "no receipt for this message", null);
            }
            try {
                var receipt = compact.get(index);
                var known = opened.computeIfAbsent(index, i -> open(receipt));
                if (known instanceof EnvelopeRejected refused) {
                    throw refused;
                }
                if (!(known instanceof BatchReceipt batch)) {
                    envelopes.openReceipt(receipt, partner, due.id().toString(), due.sha256());
                    return new Delivery.Outcome(null, "delivered", receipt);
                }
                if (batch.receiptFor(due.id().toString(), due.sha256()).isEmpty()) {
                    return new Delivery.Outcome(Rejection.BAD_RECEIPT, "the batch receipt does not acknowledge this message", null);
                }
                return new Delivery.Outcome(null, "delivered", receipt, UUID.fromString(batch.batch()));
            } catch (EnvelopeRejected | IllegalArgumentException e) {
                return new Delivery.Outcome(Rejection.BAD_RECEIPT, e.getMessage(), null);
            }
        }

        /** A batch receipt verified once, or the refusal of it, or "single" for a receipt of one message. */
        private Object open(String receipt) {
            if (!BatchReceipt.TYPE.equals(Envelopes.typeOf(receipt))) {
                return "single";
            }
            try {
                return envelopes.openBatchReceipt(receipt, partner);
            } catch (EnvelopeRejected e) {
                return e;
            }
        }

        private static Rejection reason(String name) {
            try {
                return Rejection.valueOf(name.toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                return Rejection.UNREACHABLE;
            }
        }
    }
}
