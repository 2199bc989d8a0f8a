package org.liaison.committees.internal;

import java.util.Set;

import org.liaison.committees.EvidenceUpload;
import org.liaison.shared.FileKind;
import org.liaison.shared.Sha256;

/**
 * Checks evidence before it is stored: at most 10 MB, and a PDF, PNG, JPEG or plain UTF-8 text file as its
 * first bytes show, whatever its name or the browser claims. The type stored is the one detected.
 */
public final class EvidenceFiles {

    private static final Set<FileKind> ACCEPTED = Set.of(FileKind.PDF, FileKind.PNG, FileKind.JPEG, FileKind.TEXT);

    static final int MAX_BYTES = 10 * 1024 * 1024;

    private EvidenceFiles() {
    }

    /** A checked file: its safe name, detected type and SHA-256. */
    public record Checked(String fileName, String contentType, byte[] content, String sha256) {
    }

    public static Checked check(EvidenceUpload upload) {
        var content = upload.content();
        var kind = FileKind.require("the evidence file", content, MAX_BYTES, ACCEPTED);
        return new Checked(safeName(upload.fileName()), kind.mediaType(), content, Sha256.hex(content));
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
}
