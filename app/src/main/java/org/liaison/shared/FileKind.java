package org.liaison.shared;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Optional;
import java.util.Set;

/**
 * The kinds of file the node accepts anywhere (agreement texts, committee evidence, message attachments, alert
 * photos), each recognised by its first bytes, never by the name or type a browser or script claims. Text is valid
 * UTF-8 with no control character but tab and line breaks. One check for every upload.
 */
public enum FileKind {

    PDF("application/pdf", "PDF", '%', 'P', 'D', 'F', '-'),
    PNG("image/png", "PNG", 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A),
    JPEG("image/jpeg", "JPEG", 0xFF, 0xD8, 0xFF),
    /** Word (OOXML): a ZIP archive; the caller also wants the {@code .docx} name. */
    DOCX("application/vnd.openxmlformats-officedocument.wordprocessingml.document", "Word (.docx)", 'P', 'K', 3, 4),
    TEXT("text/plain", "UTF-8 plain text");

    private final String mediaType;
    private final String label;
    private final byte[] magic;

    FileKind(String mediaType, String label, int... magic) {
        this.mediaType = mediaType;
        this.label = label;
        this.magic = new byte[magic.length];
        for (int i = 0; i < magic.length; i++) {
            this.magic[i] = (byte) magic[i];
        }
    }

    public String mediaType() {
        return mediaType;
    }

    /** The kind, among {@code allowed}, that the bytes show; text only when no other kind matches. */
    public static Optional<FileKind> of(byte[] content, Set<FileKind> allowed) {
        return Arrays.stream(values()).filter(allowed::contains).filter(kind -> kind.matches(content)).findFirst();
    }

    /**
     * The content's kind, checked: 1 byte to {@code maxBytes}, and one of {@code allowed} by its bytes; otherwise
     * {@link InvalidInput} naming {@code what}, the limit and the kinds accepted.
     */
    public static FileKind require(String what, byte[] content, int maxBytes, Set<FileKind> allowed) {
        requireSize(what, content, maxBytes);
        return of(content, allowed).orElseThrow(() -> new InvalidInput(what + " must be a " + choices(allowed) + " file"));
    }

    /** "PDF, PNG or JPEG": the labels of {@code allowed} in declaration order. */
    private static String choices(Set<FileKind> allowed) {
        var labels = Arrays.stream(values()).filter(allowed::contains).map(k -> k.label).toList();
        return labels.size() == 1 ? labels.getFirst()
                : String.join(", ", labels.subList(0, labels.size() - 1)) + " or " + labels.getLast();
    }

    /** 1 byte to {@code maxBytes}; otherwise {@link InvalidInput} saying which limit, in MiB. */
    public static void requireSize(String what, byte[] content, int maxBytes) {
        if (content.length == 0) {
            throw new InvalidInput(what + " is empty");
        }
        if (content.length > maxBytes) {
            throw new InvalidInput(what + " is larger than " + mebibytes(maxBytes) + " MiB, the most accepted");
        }
    }

    private static String mebibytes(int bytes) {
        var mib = bytes / (1024.0 * 1024.0);
        return mib == Math.rint(mib) ? String.valueOf((long) mib) : String.format(java.util.Locale.ROOT, "%.1f", mib);
    }

    private boolean matches(byte[] content) {
        if (this == TEXT) {
            return isText(content);
        }
        return content.length >= magic.length && Arrays.equals(content, 0, magic.length, magic, 0, magic.length);
    }

    private static boolean isText(byte[] content) {
        try {
            var text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(content));
            return text.chars().noneMatch(c -> c < 0x20 && c != '\t' && c != '\n' && c != '\r' || c == 0x7F);
        } catch (CharacterCodingException e) {
            return false;
        }
    }
}
