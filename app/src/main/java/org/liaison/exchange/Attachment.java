package org.liaison.exchange;

import org.liaison.shared.InvalidInput;
import org.liaison.shared.Sha256;

/** A file sent with a message; its SHA-256 is part of the signed envelope, so it cannot be swapped. */
public record Attachment(String filename, String mediaType, byte[] content) {

    public static final int MAX_BYTES = 5 * 1024 * 1024;

    public Attachment {
        if (filename == null || filename.isBlank() || filename.length() > 200 || filename.contains("/")) {
            throw new InvalidInput("exchange.refusal.fileName", "an attachment needs a file name of at most 200 characters without slashes");
        }
        if (mediaType == null || !mediaType.matches("[a-z]+/[a-zA-Z0-9.+-]{1,80}")) {
            throw new InvalidInput("exchange.refusal.fileType", "an attachment needs a media type such as application/pdf");
        }
        if (content == null || content.length == 0 || content.length > MAX_BYTES) {
            throw new InvalidInput("exchange.refusal.fileSize", "an attachment holds 1 byte to 5 MiB");
        }
        filename = filename.strip();
    }

    public String sha256() {
        return sha256(content);
    }

    static String sha256(byte[] bytes) {
        return Sha256.hex(bytes);
    }
}
