package org.liaison.exchange.wire;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * What the receiver signs once for every message one delivery batch stored (ADR 0008): each item binds one
 * envelope by its SHA-256, so the one signature proves receipt of each of those envelopes and no others.
 * The sender keeps it once and points every message it acknowledges at it; an exported bundle carries it.
 *
 * @param batch the receiver's id for this batch, also the key under which both sides keep the receipt
 */
public record BatchReceipt(int v, String batch, String receiverNode, Instant receivedAt, List<Item> items) {

    public static final String TYPE = "liaison-batch-receipt+jws";

    /** One acknowledged message: its id, its envelope's SHA-256, and the receiver's agency and clause. */
    public record Item(String messageId, String envelopeSha256, String receiverAgency, String clause) {
    }

    /** The acknowledgement of one envelope, as a single receipt would have said it, if this batch covers it. */
    public Optional<Receipt> receiptFor(String messageId, String envelopeSha256) {
        return items.stream()
                .filter(i -> i.messageId().equals(messageId) && i.envelopeSha256().equals(envelopeSha256))
                .findFirst()
                .map(i -> new Receipt(v, messageId, "", envelopeSha256, receiverNode, i.receiverAgency(), receivedAt,
                        i.clause()));
    }
}
