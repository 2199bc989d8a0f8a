package org.liaison.agreements.internal;

import java.time.Instant;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;

import org.liaison.agreements.AgreementDocument;
import org.liaison.shared.FileKind;
import org.liaison.shared.InvalidInput;
import org.liaison.shared.Sha256;

/**
 * The formats an agreement's text may be uploaded in, recognised by their first bytes rather than by the
 * name or type the browser claims: PDF, Word (OOXML, a ZIP) and UTF-8 plain text.
 */
public final class TextFormats {

    static final int MAX_BYTES = 10 * 1024 * 1024;
    private static final Set<FileKind> ACCEPTED = Set.of(FileKind.PDF, FileKind.DOCX, FileKind.TEXT);

    private TextFormats() {
    }

    /** The record of an uploaded text: a safe file name, the type its bytes show, and its SHA-256. */
    public static AgreementDocument document(String language, String filename, byte[] content, Instant at, String by) {
        var safeName = filename.replaceAll("[^\\p{L}\\p{N}._ -]", "_");
        safeName = safeName.substring(0, Math.min(safeName.length(), 200));
        return new AgreementDocument(UUID.randomUUID(), language, safeName.isBlank() ? "text" : safeName,
                mediaTypeOf(safeName, content), content.length, Sha256.hex(content), at, by);
    }

    /** The media type the content really has, or an error saying what is accepted. */
    static String mediaTypeOf(String filename, byte[] content) {
        var kind = FileKind.require("the file", content, MAX_BYTES, ACCEPTED);
        if (kind == FileKind.DOCX && !filename.toLowerCase(Locale.ROOT).endsWith(".docx")) {
            throw new InvalidInput("agreements.refusal.textFormat", "Upload the text as PDF, Word (.docx) or UTF-8 plain text.");
        }
        return kind == FileKind.TEXT ? "text/plain; charset=UTF-8" : kind.mediaType();
    }
}
