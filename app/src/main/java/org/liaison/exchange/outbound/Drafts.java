package org.liaison.exchange.outbound;

import java.time.Instant;

import org.liaison.agreements.PolicyDecision;
import org.liaison.exchange.ConversationId;
import org.liaison.exchange.MessageId;
import org.liaison.exchange.OutgoingMessage;
import org.liaison.exchange.wire.Envelope;
import org.liaison.node.ThisNode;
import tools.jackson.databind.JsonNode;

/** Builds the claims of a new outgoing envelope. */
public final class Drafts {

    private Drafts() {
    }

    public static Envelope envelope(MessageId id, ConversationId conversation, OutgoingMessage m, ThisNode node,
                             String recipientNode, PolicyDecision decision, Instant now, String schema,
                             JsonNode payload) {
        var files = m.attachments().stream()
                .map(a -> new Envelope.AttachmentRef(a.filename(), a.mediaType(), a.content().length, a.sha256())).toList();
        return new Envelope(Envelope.VERSION, id.toString(), conversation.toString(),
                m.inReplyTo() == null ? null : m.inReplyTo().toString(),
                new Envelope.Party(node.id(), m.sender().value()), new Envelope.Party(recipientNode, m.recipient().value()),
                m.kind().name(), m.category().name(), m.purpose().name(), String.valueOf(decision.clause()),
                String.valueOf(decision.handling()), now, node.id() + ":" + id, m.replyBy(), schema, payload, files);
    }
}
