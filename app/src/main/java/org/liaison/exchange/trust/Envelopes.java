package org.liaison.exchange.trust;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.Function;

import com.nimbusds.jose.JWSObject;
import org.jspecify.annotations.Nullable;
import org.liaison.exchange.wire.BatchReceipt;
import org.liaison.exchange.wire.Envelope;
import org.liaison.exchange.wire.EnvelopeRejected;
import org.liaison.exchange.wire.ReadNotice;
import org.liaison.exchange.wire.Receipt;
import org.liaison.exchange.wire.Rejection;
import org.liaison.node.NodeKeys;
import org.liaison.shared.Sha256;
import org.springframework.stereotype.Component;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/**
 * Seals envelopes and receipts with this node's active key, and opens those of partners with the keys this
 * node pinned for them: the key id must name a pinned, unrevoked key of a trusted partner, and the claims
 * must say they come from that very partner. A key id not pinned yet, in what claims to come from a trusted
 * partner, is first looked up again after that partner's key export was fetched ({@link KeyRefetch}, bounded):
 * a partner that rotated its key is followed at once.
 */
@Component
public class Envelopes {

    private final NodeKeys keys;
    private final Partners partners;
    private final JsonMapper json;
    private final KeyRefetch refetch;

    Envelopes(NodeKeys keys, Partners partners, JsonMapper json, KeyRefetch refetch) {
        this.keys = keys;
        this.partners = partners;
        this.json = json;
        this.refetch = refetch;
    }

    public String seal(Envelope envelope) {
        return sign(json.writeValueAsBytes(envelope), Envelope.TYPE);
    }

    public String seal(Receipt receipt) {
        return sign(json.writeValueAsBytes(receipt), Receipt.TYPE);
    }

    public String seal(ReadNotice notice) {
        return sign(json.writeValueAsBytes(notice), ReadNotice.TYPE);
    }

    /** Verifies a partner's read notice with its pinned key; the notice must come from the node that signed it. */
    public ReadNotice openNotice(String compact) {
        var jws = Jws.parse(compact, ReadNotice.TYPE);
        var node = verifyWithPinnedKey(jws, partners::keysWithId, claimed(jws, "readerNode"));
        var notice = read(jws, ReadNotice.class);
        if (!node.equals(notice.readerNode()) || notice.messageId() == null || notice.readAt() == null) {
            throw new EnvelopeRejected(Rejection.BAD_SIGNATURE, "signed with a key of " + node + " but names another reader");
        }
        return notice;
    }

    public String seal(BatchReceipt receipt) {
        return sign(json.writeValueAsBytes(receipt), BatchReceipt.TYPE);
    }

    /** Verifies a partner's envelope; throws {@link EnvelopeRejected} with the first reason found. */
    public Opened open(String compact) {
        return open(compact, partners::keysWithId);
    }

    /** As {@link #open(String)}, with the pinned keys by key id from {@code keys} (a delivery's lookups). */
    public Opened open(String compact, Function<String, List<Partners.PinnedKey>> keys) {
        var jws = Jws.parse(compact, Envelope.TYPE);
        var node = verifyWithPinnedKey(jws, keys, claimed(jws, "sender", "node"));
        var envelope = read(jws, Envelope.class);
        if (envelope.v() != Envelope.VERSION) {
            throw new EnvelopeRejected(Rejection.UNSUPPORTED_VERSION, "protocol version " + envelope.v() + " is not supported");
        }
        if (envelope.sender() == null || !node.equals(envelope.sender().node())) {
            throw new EnvelopeRejected(Rejection.BAD_SIGNATURE, "signed with a key of " + node + " but claims another sender");
        }
        return new Opened(envelope, jws.getHeader().getKeyID(), Sha256.hex(compact.getBytes(StandardCharsets.US_ASCII)));
    }

    /**
     * Verifies the receipt a partner answered with, single or batch, and that it acknowledges exactly this
     * envelope.
     */
    public Receipt openReceipt(String compact, String partnerNode, String messageId, String envelopeSha256) {
        if (BatchReceipt.TYPE.equals(typeOf(compact))) {
            return openBatchReceipt(compact, partnerNode).receiptFor(messageId, envelopeSha256).orElseThrow(() ->
                    new EnvelopeRejected(Rejection.BAD_RECEIPT, "the batch receipt does not acknowledge this message"));
        }
        var jws = Jws.parse(compact, Receipt.TYPE);
        var node = verifyWithPinnedKey(jws, partners::keysWithId, partnerNode);
        var receipt = read(jws, Receipt.class);
        if (!node.equals(partnerNode) || !partnerNode.equals(receipt.receiverNode())
                || !messageId.equals(receipt.messageId()) || !envelopeSha256.equals(receipt.envelopeSha256())) {
            throw new EnvelopeRejected(Rejection.BAD_RECEIPT, "the receipt does not acknowledge this message from "
                    + partnerNode);
        }
        return receipt;
    }

    /** Verifies a partner's batch receipt (signature, pinned key, receiver); the items are checked by the caller. */
    public BatchReceipt openBatchReceipt(String compact, String partnerNode) {
        var jws = Jws.parse(compact, BatchReceipt.TYPE);
        var node = verifyWithPinnedKey(jws, partners::keysWithId, partnerNode);
        var receipt = read(jws, BatchReceipt.class);
        if (!node.equals(partnerNode) || !partnerNode.equals(receipt.receiverNode()) || receipt.items() == null) {
            throw new EnvelopeRejected(Rejection.BAD_RECEIPT, "the batch receipt is not one from " + partnerNode);
        }
        return receipt;
    }

    /** The {@code typ} of a compact JWS, or "" when it has none or cannot be parsed. */
    public static String typeOf(String compact) {
        try {
            var type = JWSObject.parse(compact).getHeader().getType();
            return type == null ? "" : type.getType();
        } catch (java.text.ParseException e) {
            return "";
        }
    }

    private String sign(byte[] content, String type) {
        return keys.sign(content, type);
    }

    /**
     * Returns the node whose pinned key (among the keys pinned with the JWS's key id) verified the signature;
     * {@code claimedNode}, whom the content says it comes from, is asked for its keys when the key id is new.
     */
    private String verifyWithPinnedKey(JWSObject jws, Function<String, List<Partners.PinnedKey>> keys,
                                       @Nullable String claimedNode) {
        var kid = jws.getHeader().getKeyID();
        var candidates = keys.apply(kid);
        if (candidates.isEmpty() && kid != null && refetch.refetched(claimedNode, kid)) {
            candidates = keys.apply(kid);
        }
        if (candidates.isEmpty()) {
            throw new EnvelopeRejected(Rejection.UNKNOWN_KEY, "no partner key " + kid + " is pinned here");
        }
        var key = candidates.getFirst();
        if (candidates.size() > 1 || !key.pinned()) {
            throw new EnvelopeRejected(Rejection.REVOKED_KEY, "key " + kid + " of " + key.nodeId() + " is revoked");
        }
        if (!key.partnerTrusted()) {
            throw new EnvelopeRejected(Rejection.UNKNOWN_SENDER, key.nodeId() + " is not a trusted partner");
        }
        Jws.verify(jws, key.publicJwk());
        return key.nodeId();
    }

    /** The claims of an envelope this node stored after verifying it (or sealed itself); not verified again. */
    public Envelope claimsOf(String stored) {
        try {
            return read(JWSObject.parse(stored), Envelope.class);
        } catch (java.text.ParseException e) {
            throw new IllegalStateException("a stored envelope is not a JWS", e);
        }
    }

    /** A node named in the claims at {@code path}, before anything is verified; null when there is none. */
    private @Nullable String claimed(JWSObject jws, String... path) {
        try {
            var node = json.readTree(jws.getPayload().toBytes());
            for (var name : path) {
                node = node.path(name);
            }
            return node.isString() ? node.asString() : null;
        } catch (JacksonException e) {
            return null;
        }
    }

    private <T> T read(JWSObject jws, Class<T> type) {
        try {
            return json.readValue(jws.getPayload().toBytes(), type);
        } catch (JacksonException e) {
            throw new EnvelopeRejected(Rejection.MALFORMED, "unreadable claims: " + e.getOriginalMessage());
        }
    }

    public record Opened(Envelope envelope, String kid, String sha256) {
    }
}
