package org.liaison.exchange;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.List;

import org.liaison.agreements.AgreementId;
import org.liaison.agreements.ClauseRef;
import org.liaison.agreements.DataCategory;
import org.liaison.agreements.HandlingCode;
import org.liaison.agreements.Party;
import org.liaison.agreements.PolicyDecision;
import org.liaison.agreements.Purpose;
import org.liaison.exchange.outbound.DeliveryWorker;
import org.liaison.exchange.outbound.Drafts;
import org.liaison.exchange.store.ExchangeMessages;
import org.liaison.exchange.trust.Envelopes;
import org.liaison.exchange.wire.Envelope;
import org.liaison.node.CompactJws;
import org.liaison.node.NodeKeys;
import org.liaison.node.SigningKey;
import org.liaison.node.ThisNode;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.json.JsonMapper;

/**
 * Builds envelopes a correct sender would not: signed over other claims, with another key, stale, or
 * outside the receiver's agreements; and puts them in a node's outbox so its own workers deliver them.
 */
final class Forge {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    /** What the sending node would keep of a forged message: the clause the forgeries name. */
    private static final Retention RETENTION = new Retention("KH-LA-SEC-2026 art. 2.1", "AMBER", 730,
            Instant.now().plus(java.time.Duration.ofDays(730)), null, null);

    private Forge() {
    }

    static Envelope envelope(FederationNode sender, DataCategory category, Purpose purpose, Instant sentAt) {
        var message = new OutgoingMessage(MessageMother.KH_MOI, MessageMother.LA_MPS, MessageKind.NOTIFICATION, category,
                purpose, MessageMother.letter("Forged " + category), null, null, List.of());
        var clause = new ClauseRef(AgreementId.of("KH-LA-SEC-2026"), "2.1");
        var decision = new PolicyDecision(true, clause, HandlingCode.AMBER, 730, null,
                org.liaison.agreements.PolicyExplanation.ofClause(org.liaison.agreements.PolicyExplanation.Code.ALLOWED,
                        clause, "forged by the test", Party.of(message.sender()), Party.of(message.recipient()),
                        List.of(category), List.of(purpose), null, null, null, HandlingCode.AMBER, 730));
        return Drafts.envelope(MessageId.random(), ConversationId.random(), message, sender.bean(ThisNode.class), "LA-1",
                decision, sentAt.truncatedTo(ChronoUnit.MILLIS),
                category.name().toLowerCase(java.util.Locale.ROOT) + "/1", MessageMother.plainPayload("Forged " + category));
    }

    static Envelope drugEnvelope(FederationNode sender) {
        return envelope(sender, DataCategory.DRUG_TRAFFICKING_INFORMATION, Purpose.INVESTIGATION, Instant.now());
    }

    /** The same claims under another message id and idempotency key. */
    static Envelope withIds(Envelope e, String id, String idempotencyKey) {
        return new Envelope(e.v(), id, e.conversation(), e.inReplyTo(), e.sender(), e.recipient(), e.kind(), e.category(),
                e.purpose(), e.clause(), e.handling(), e.sentAt(), idempotencyKey, e.replyBy(), e.schema(), e.payload(),
                e.attachments());
    }

    static String seal(FederationNode sender, Envelope envelope) {
        return sender.bean(Envelopes.class).seal(envelope);
    }

    /** The sealed envelope with its claims replaced, the signature left as it was. */
    static String tamper(String compact, Envelope changed) {
        var parts = compact.split("\\.");
        var claims = Base64.getUrlEncoder().withoutPadding().encodeToString(JSON.writeValueAsBytes(changed));
        return parts[0] + "." + claims + "." + parts[2];
    }

    /** Signed by a key the partner never pinned, of the same suite, under the key id of one it did. */
    static String signWithWrongKey(FederationNode sender, Envelope envelope) throws Exception {
        var active = sender.bean(NodeKeys.class).active();
        var impostor = active.suite().signer(active.suite().generate(active.kid()));
        return CompactJws.sign(JSON.writeValueAsBytes(envelope), Envelope.TYPE,
                new SigningKey(active.kid(), active.suite(), impostor, Instant.now()));
    }

    /** Signed by a key of the sender's suite that it never published, under a key id of its own making. */
    static String signWithMadeUpKey(FederationNode sender, Envelope envelope, String kid) throws Exception {
        var suite = sender.bean(NodeKeys.class).active().suite();
        return CompactJws.sign(JSON.writeValueAsBytes(envelope), Envelope.TYPE,
                new SigningKey(kid, suite, suite.signer(suite.generate(kid)), Instant.now()));
    }

    /** Queues a prepared envelope in the sender's outbox, as if the sender had signed it, and wakes its workers. */
    static MessageId queue(FederationNode sender, Envelope claims, String compact, String idempotencyColumn) {
        var row = new Envelope(claims.v(), claims.id(), claims.conversation(), claims.inReplyTo(), claims.sender(),
                claims.recipient(), claims.kind(), claims.category(), claims.purpose(), claims.clause(), claims.handling(),
                claims.sentAt(), idempotencyColumn, claims.replyBy(), claims.schema(), claims.payload(), claims.attachments());
        sender.bean(TransactionTemplate.class).executeWithoutResult(status -> sender.bean(ExchangeMessages.class)
                .insert(row, true, compact, Attachment.sha256(compact.getBytes(StandardCharsets.US_ASCII)),
                        MessageStatus.QUEUED, null, Instant.now(), "test", Instant.now(), RETENTION));
        sender.bean(DeliveryWorker.class).wake();
        return MessageId.parse(claims.id());
    }

    static MessageId queue(FederationNode sender, Envelope claims, String compact) {
        return queue(sender, claims, compact, claims.idempotencyKey());
    }
}
