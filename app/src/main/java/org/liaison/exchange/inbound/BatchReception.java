package org.liaison.exchange.inbound;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.liaison.exchange.MessageStatus;
import org.liaison.exchange.Retention;
import org.liaison.exchange.store.ExchangeMessages;
import org.liaison.exchange.trust.Envelopes;
import org.liaison.exchange.wire.BatchReceipt;
import org.liaison.exchange.wire.BatchReply;
import org.liaison.exchange.wire.DeliveryRequest;
import org.liaison.exchange.wire.EnvelopeRejected;
import org.liaison.exchange.wire.Rejection;
import org.liaison.node.ThisNode;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The receiving side of a delivery batch (ADR 0008): every envelope is verified on its own first, then all
 * accepted ones are stored in ONE transaction (one commit, one hold of the audit chain lock) and acknowledged
 * by ONE signed batch receipt. A refused envelope is answered with its reason and never touches the others;
 * a redelivered one gets the receipt it got the first time; one whose id the log holds under another
 * idempotency key, or that repeats an id of this batch, is a DUPLICATE_ID.
 */
@Component
class BatchReception {

    private final Reception reception;
    private final InboundRefusals refusals;
    private final Envelopes envelopes;
    private final ExchangeMessages messages;
    private final ThisNode node;
    private final JdbcClient jdbc;
    private final TransactionTemplate transaction;
    private final Clock clock;

    BatchReception(Reception reception, InboundRefusals refusals, Envelopes envelopes, ExchangeMessages messages,
                   ThisNode node, JdbcClient jdbc, TransactionTemplate transaction, Clock clock) {
        this.reception = reception;
        this.refusals = refusals;
        this.envelopes = envelopes;
        this.messages = messages;
        this.node = node;
        this.jdbc = jdbc;
        this.transaction = transaction;
        this.clock = clock;
    }

    /** Receives the deliveries of one batch request from {@code address}: one result per delivery, in order. */
    BatchReply receive(List<DeliveryRequest> deliveries, String address) {
        var results = new ArrayList<BatchReply.@Nullable Result>();
        var verified = new ArrayList<Reception.Verified>();
        var lookups = reception.lookups();
        for (var delivery : deliveries) {
            try {
                var files = delivery.attachments() == null ? List.<DeliveryRequest.File>of() : delivery.attachments();
                verified.add(reception.verify(String.valueOf(delivery.envelope()), files, lookups, address));
                results.add(null);
            } catch (EnvelopeRejected e) {
                results.add(BatchReply.Result.refused(null, e));
            }
        }
        var stored = storeOnce(verified);
        for (var refusal : stored.refusals()) {
            // Logged and audited after the batch committed: the audit lock is free again.
            refusals.envelope(refusal.opened(), refusal.refusal().reason(), refusal.refusal().getMessage(), address);
        }
        var next = 0;
        for (int i = 0; i < results.size(); i++) {
            if (results.get(i) == null) {
                results.set(i, stored.results().get(next++));
            }
        }
        return new BatchReply(stored.receipts(), results.stream().map(java.util.Objects::requireNonNull).toList());
    }

    /**
     * Stores the batch in one transaction. Should another sender's message with one of its ids commit
     * between the look-up and the insert, the insert fails; the second try sees that message and refuses
     * only the envelope that repeats its id.
     */
    private Stored storeOnce(List<Reception.Verified> verified) {
        try {
            return java.util.Objects.requireNonNull(transaction.execute(status -> store(verified)));
        } catch (DuplicateKeyException e) {
            return java.util.Objects.requireNonNull(transaction.execute(status -> store(verified)));
        }
    }

    private Stored store(List<Reception.Verified> verified) {
        new TreeSet<>(verified.stream().map(v -> v.opened().envelope().sender().node()).toList()).forEach(reception::lockSender);
        var outcomes = new ArrayList<Outcome>();
        var fresh = new ArrayList<Reception.Verified>();
        var refused = new ArrayList<Refusal>();
        var inThisBatch = new HashMap<String, String>();
        var stored = storedBefore(verified);
        var taken = messages.existing(verified.stream().map(v -> UUID.fromString(v.opened().envelope().id())).toList());
        for (var v : verified) {
            var e = v.opened().envelope();
            var key = e.sender().node() + " " + e.idempotencyKey();
            var earlier = inThisBatch.get(key);
            var existing = stored.get(key);
            if (earlier != null) {
                outcomes.add(earlier.equals(v.opened().sha256()) ? new Outcome(e.id(), true, null, null)
                        : refuse(v, new EnvelopeRejected(Rejection.REPLAY, "idempotency key " + e.idempotencyKey()
                                + " was used twice in this batch"), refused));
            } else if (existing != null) {
                outcomes.add(again(v, existing, refused));
            } else if (!taken.add(UUID.fromString(e.id()))) {
                outcomes.add(refuse(v, Reception.duplicateId(e), refused));
            } else {
                inThisBatch.put(key, v.opened().sha256());
                fresh.add(v);
                outcomes.add(new Outcome(e.id(), false, null, null));
            }
        }
        var batchReceipt = fresh.isEmpty() ? null : acknowledge(fresh);
        var receipts = new ArrayList<String>();
        var results = outcomes.stream().map(o -> o.result(batchReceipt, receipts)).toList();
        return new Stored(results, receipts, refused);
    }

    /** What the inbox already holds of these envelopes' idempotency keys, by "sender key", one query per sender. */
    private Map<String, ExchangeMessages.Stored> storedBefore(List<Reception.Verified> verified) {
        var keysBySender = new HashMap<String, List<String>>();
        verified.forEach(v -> keysBySender.computeIfAbsent(v.opened().envelope().sender().node(), n -> new ArrayList<>())
                .add(v.opened().envelope().idempotencyKey()));
        var stored = new HashMap<String, ExchangeMessages.Stored>();
        keysBySender.forEach((sender, keys) -> messages.incoming(sender, keys)
                .forEach((key, row) -> stored.put(sender + " " + key, row)));
        return stored;
    }

    /** Signs one receipt over the new messages, keeps it once, stores each message pointing at it. */
    private String acknowledge(List<Reception.Verified> fresh) {
        var now = Instant.now(clock);
        var batch = UUID.randomUUID();
        var items = fresh.stream().map(v -> new BatchReceipt.Item(v.opened().envelope().id(), v.opened().sha256(),
                v.opened().envelope().recipient().agency(), String.valueOf(v.decision().clause()))).toList();
        var receipt = envelopes.seal(new BatchReceipt(1, batch.toString(), node.id(), now, items));
        jdbc.sql("insert into exchange_receipt_batch (id, receipt, created_at) values (?, ?, ?)")
                .params(batch, receipt, Timestamp.from(now)).update();
        var rows = fresh.stream().map(v -> new ExchangeMessages.NewRow(v.opened().envelope(), false, v.compact(),
                v.opened().sha256(), MessageStatus.RECEIVED, null, batch, null, "system", now,
                Retention.under(v.decision(), now))).toList();
        if (!messages.insertAll(rows)) {
            throw new IllegalStateException("an idempotency key of this batch appeared under the sender's lock");
        }
        reception.storedAll(fresh, now);
        return receipt;
    }

    private Outcome again(Reception.Verified v, ExchangeMessages.Stored existing, List<Refusal> refused) {
        try {
            var accepted = reception.again(existing, v.opened());
            return new Outcome(v.opened().envelope().id(), true, accepted.receipt(), null);
        } catch (EnvelopeRejected e) {
            return refuse(v, e, refused);
        }
    }

    private static Outcome refuse(Reception.Verified v, EnvelopeRejected refusal, List<Refusal> refused) {
        refused.add(new Refusal(v.opened(), refusal));
        return new Outcome(v.opened().envelope().id(), false, null, refusal);
    }

    /**
     * What became of one stored-or-not envelope: a refusal, or acknowledged by {@code receipt} (an earlier
     * one for a duplicate) or, when that is null, by this batch's receipt.
     */
    private record Outcome(String id, boolean duplicate, @Nullable String receipt, @Nullable EnvelopeRejected refusal) {

        BatchReply.Result result(@Nullable String batchReceipt, List<String> receipts) {
            if (refusal != null) {
                return BatchReply.Result.refused(id, refusal);
            }
            var acknowledging = receipt != null ? receipt : java.util.Objects.requireNonNull(batchReceipt);
            var index = receipts.indexOf(acknowledging);
            if (index < 0) {
                receipts.add(acknowledging);
                index = receipts.size() - 1;
            }
            return new BatchReply.Result(id, index, duplicate, null, null);
        }
    }

    /** A verified envelope the batch transaction refused (replay, duplicate id), to log once it has committed. */
    private record Refusal(Envelopes.Opened opened, EnvelopeRejected refusal) {
    }

    /** What the batch transaction came to: a result per verified envelope, the receipts they name, its refusals. */
    private record Stored(List<BatchReply.Result> results, List<String> receipts, List<Refusal> refusals) {
    }
}
