package org.liaison.exchange;

import java.util.Arrays;
import java.util.Locale;
import java.util.Map;

import org.liaison.shared.InvalidInput;

/**
 * The kinds of file the API accepts with a message, each recognised by its first bytes as well as by its
 * declared type, so a script cannot send an executable labelled as a photo.
 */
final class AttachmentTypes {

    /** Media type → the bytes a file of that type starts with (empty: any text). */
    private static final Map<String, byte[]> SIGNATURES = Map.of(
            "application/pdf", new byte[] { '%', 'P', 'D', 'F', '-' },
            "image/jpeg", new byte[] { (byte) 0xFF, (byte) 0xD8, (byte) 0xFF },
            "image/png", new byte[] { (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n' },
            "text/plain", new byte[0]);

    private AttachmentTypes() {
    }

    /** A file as the API received it, checked; {@link InvalidInput} (a 400 problem) says what is wrong. */
    static Attachment checked(String filename, String declaredType, byte[] content) {
        var type = declaredType.toLowerCase(Locale.ROOT).split(";")[0].strip();
        var signature = SIGNATURES.get(type);
        if (signature == null) {
            throw new InvalidInput("attachment " + filename + ": type " + type + " is not accepted; send one of "
                    + SIGNATURES.keySet().stream().sorted().toList());
        }
        if (content.length == 0 || content.length > Attachment.MAX_BYTES) {
            throw new InvalidInput("attachment " + filename + ": " + content.length + " bytes; 1 byte to 5 MiB are accepted");
        }
        if (content.length < signature.length || !Arrays.equals(content, 0, signature.length, signature, 0, signature.length)
                || type.equals("text/plain") && !isText(content)) {
            throw new InvalidInput("attachment " + filename + ": its content is not " + type);
        }
        return new Attachment(filename, type, content);
    }

    private static boolean isText(byte[] content) {
        for (byte b : content) {
            if (b == 0) {
                return false;
            }
        }
        return true;
    }
}
