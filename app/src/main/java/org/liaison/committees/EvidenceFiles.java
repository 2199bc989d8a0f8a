package org.liaison.committees;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

import org.liaison.shared.InvalidInput;

/**
 * Checks evidence before it is stored: at most 10 MB, and a PDF, PNG, JPEG or plain UTF-8 text file as its
 * first bytes show, whatever its name or the browser claims. The type stored is the one detected.
 */
final class EvidenceFiles {

    static final int MAX_BYTES = 10 * 1024 * 1024;

    private EvidenceFiles() {
    }

    /** A checked file: its safe name, detected type and SHA-256. */
    record Checked(String fileName, String contentType, byte[] content, String sha256) {
    }

    static Checked check(EvidenceUpload upload) {
        var content = upload.content();
        if (content.length == 0) {
            throw new InvalidInput("the evidence file is empty");
        }
        if (content.length > MAX_BYTES) {
            throw new InvalidInput("the evidence file is larger than 10 MB");
        }
        return new Checked(safeName(upload.fileName()), detect(content), content, sha256(content));
    }

    static String detect(byte[] content) {
        if (startsWith(content, '%', 'P', 'D', 'F', '-')) {
            return "application/pdf";
        }
        if (startsWith(content, 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A)) {
            return "image/png";
        }
        if (startsWith(content, 0xFF, 0xD8, 0xFF)) {
            return "image/jpeg";
        }
        if (isPlainText(content)) {
            return "text/plain";
        }
        throw new InvalidInput("evidence must be a PDF, PNG, JPEG or plain text file");
    }

    private static boolean startsWith(byte[] content, int... magic) {
        if (content.length < magic.length) {
            return false;
        }
        for (int i = 0; i < magic.length; i++) {
            if ((content[i] & 0xFF) != magic[i]) {
                return false;
            }
        }
        return true;
    }

    /** Valid UTF-8 without control characters other than tab and line breaks. */
    private static boolean isPlainText(byte[] content) {
        try {
            var text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(content));
            return text.chars().noneMatch(c -> c < 0x20 && c != '\t' && c != '\n' && c != '\r' || c == 0x7F);
        } catch (CharacterCodingException e) {
            return false;
        }
    }

    /** The last path segment, without characters that could break a header or a file system. */
    static String safeName(String name) {
        var base = name.replace('\\', '/');
        base = base.substring(base.lastIndexOf('/') + 1).replaceAll("[\\p{Cntrl}\"';]", "_").strip();
        if (base.isEmpty()) {
            base = "evidence";
        }
        return base.length() <= 200 ? base : base.substring(base.length() - 200);
    }

    static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
