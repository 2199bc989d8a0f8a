package org.liaison.exchange.wire;

import java.time.Instant;
import java.util.List;

import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * The signed claims of one message (the JWS payload). Everything the receiver relies on is in here; the
 * JWS header carries only the algorithm, type and key id.
 *
 * @param v protocol version, 1
 * @param clause the sender's clause, e.g. {@code KH-LA-SEC-2022 art. 4}
 * @param schema the payload's schema, e.g. {@code drug_trafficking_information/1}
 */
public record Envelope(int v, String id, String conversation, @Nullable String inReplyTo, Party sender, Party recipient,
                String kind, String category, String purpose, String clause, String handling, Instant sentAt,
                String idempotencyKey, @Nullable Instant replyBy, String schema, JsonNode payload,
                List<AttachmentRef> attachments) {

    public static final int VERSION = 1;
    public static final String TYPE = "liaison-message+jws";

    public record Party(String node, String agency) {
    }

    public record AttachmentRef(String filename, String mediaType, int size, String sha256) {
    }

    public String subject() {
        var subject = payload.get("subject");
        return subject == null ? "" : subject.asString();
    }
}
