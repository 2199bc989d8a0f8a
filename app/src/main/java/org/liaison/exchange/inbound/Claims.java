package org.liaison.exchange.inbound;

import java.util.ArrayList;
import java.util.List;

import org.liaison.agreements.DataCategory;
import org.liaison.agreements.HandlingCode;
import org.liaison.agreements.Purpose;
import org.liaison.exchange.Attachment;
import org.liaison.exchange.ConversationId;
import org.liaison.exchange.MessageId;
import org.liaison.exchange.MessageKind;
import org.liaison.exchange.wire.DeliveryRequest;
import org.liaison.exchange.wire.Envelope;
import org.liaison.exchange.wire.EnvelopeRejected;
import org.liaison.exchange.wire.Rejection;
import org.liaison.shared.Sha256;

/** Checks on an envelope's claims beyond its signature: completeness, known values, attachments. */
final class Claims {

    private Claims() {
    }

    static void requireComplete(Envelope e) {
        if (e.id() == null || e.conversation() == null || e.sender() == null || e.recipient() == null
                || e.recipient().node() == null || e.recipient().agency() == null || e.sender().agency() == null
                || e.kind() == null || e.category() == null || e.purpose() == null || e.clause() == null
                || e.handling() == null || e.sentAt() == null || e.idempotencyKey() == null || e.schema() == null
                || e.payload() == null || e.attachments() == null) {
            throw new EnvelopeRejected(Rejection.MALFORMED, "the envelope lacks a required claim");
        }
        try {
            MessageId.parse(e.id());
            new ConversationId(java.util.UUID.fromString(e.conversation()));
            if (e.inReplyTo() != null) {
                MessageId.parse(e.inReplyTo());
            }
            var kind = MessageKind.valueOf(e.kind());
            DataCategory.valueOf(e.category());
            Purpose.valueOf(e.purpose());
            HandlingCode.valueOf(e.handling());
            if (kind == MessageKind.REPLY && e.inReplyTo() == null || e.idempotencyKey().length() > 80) {
                throw new IllegalArgumentException("reply without its request, or an overlong idempotency key");
            }
        } catch (IllegalArgumentException | org.liaison.shared.InvalidInput ex) {
            throw new EnvelopeRejected(Rejection.MALFORMED, "a claim has an unknown value: " + ex.getMessage());
        }
        if (!namesItsSender(e)) {
            throw new EnvelopeRejected(Rejection.MALFORMED, "idempotency key " + e.idempotencyKey()
                    + " does not name the sending node " + e.sender().node() + " (<node>:<message id>, ADR 0006)");
        }
    }

    /**
     * An idempotency key is {@code <sender node>:<uuid>}: the inbox keys it by sender, and a key naming
     * another node would let one partner occupy another's keys.
     */
    private static boolean namesItsSender(Envelope e) {
        var prefix = e.sender().node() + ":";
        if (!e.idempotencyKey().startsWith(prefix)) {
            return false;
        }
        try {
            java.util.UUID.fromString(e.idempotencyKey().substring(prefix.length()));
            return true;
        } catch (IllegalArgumentException ex) {
            return false;
        }
    }

    /** The delivered files, each checked against the size and SHA-256 the signed envelope lists for it. */
    static List<Attachment> matchAttachments(Envelope e, List<DeliveryRequest.File> files) {
        if (files.size() != e.attachments().size()) {
            throw new EnvelopeRejected(Rejection.ATTACHMENT_MISMATCH, "the envelope lists " + e.attachments().size()
                    + " attachments, the delivery carries " + files.size());
        }
        var matched = new ArrayList<Attachment>();
        for (int i = 0; i < files.size(); i++) {
            var listed = e.attachments().get(i);
            var content = files.get(i) == null ? null : files.get(i).content();
            if (content == null) {
                throw new EnvelopeRejected(Rejection.MALFORMED, "attachment " + (i + 1) + " has no content");
            }
            if (content.length != listed.size() || !Sha256.hex(content).equals(listed.sha256())) {
                throw new EnvelopeRejected(Rejection.ATTACHMENT_MISMATCH, "attachment " + (i + 1)
                        + " is not the file the envelope signed");
            }
            matched.add(new Attachment(listed.filename(), listed.mediaType(), content));
        }
        return matched;
    }
}
