package org.liaison.agreements;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.UUID;

import org.liaison.shared.InvalidInput;

/**
 * The formats an agreement's text may be uploaded in, recognised by their first bytes rather than by the
 * name or type the browser claims: PDF, Word (OOXML, a ZIP) and UTF-8 plain text.
 */
final class TextFormats {

    static final int MAX_BYTES = 10 * 1024 * 1024;
    private static final byte[] PDF = { '%', 'P', 'D', 'F', '-' };
    private static final byte[] ZIP = { 'P', 'K', 3, 4 };

    private TextFormats() {
    }

    /** The record of an uploaded text: a safe file name, the type its bytes show, and its SHA-256. */
    static AgreementDocument document(String language, String filename, byte[] content, Instant at, String by) {
        var safeName = filename.replaceAll("[^\\p{L}\\p{N}._ -]", "_");
        safeName = safeName.substring(0, Math.min(safeName.length(), 200));
        return new AgreementDocument(UUID.randomUUID(), language, safeName.isBlank() ? "text" : safeName,
                mediaTypeOf(safeName, content), content.length, sha256(content), at, by);
    }

    private static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }

    /** The media type the content really has, or an error saying what is accepted. */
    static String mediaTypeOf(String filename, byte[] content) {
        if (content.length == 0) {
            throw new InvalidInput("The file is empty.");
        }
        if (content.length > MAX_BYTES) {
            throw new InvalidInput("The file is larger than 10 MB.");
        }
        if (startsWith(content, PDF)) {
            return "application/pdf";
        }
        if (startsWith(content, ZIP) && filename.toLowerCase().endsWith(".docx")) {
            return "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
        }
        if (isUtf8Text(content)) {
            return "text/plain; charset=UTF-8";
        }
        throw new InvalidInput("Upload the text as PDF, Word (.docx) or UTF-8 plain text.");
    }

    private static boolean startsWith(byte[] content, byte[] prefix) {
        return content.length >= prefix.length && Arrays.equals(content, 0, prefix.length, prefix, 0, prefix.length);
    }

    private static boolean isUtf8Text(byte[] content) {
        try {
            var text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(content));
            return text.chars().noneMatch(c -> c < 0x20 && c != '\n' && c != '\r' && c != '\t');
        } catch (CharacterCodingException e) {
            return false;
        }
    }
}
