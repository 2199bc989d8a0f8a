package org.liaison.exchange.web;

import java.util.Locale;
import java.util.Set;

import org.liaison.exchange.Attachment;
import org.liaison.shared.FileKind;
import org.liaison.shared.InvalidInput;

/**
 * The kinds of file the API accepts with a message, each recognised by its first bytes as well as by its
 * declared type, so a script cannot send an executable labelled as a photo.
 */
final class AttachmentTypes {

    static final Set<FileKind> ACCEPTED = Set.of(FileKind.PDF, FileKind.JPEG, FileKind.PNG, FileKind.TEXT);

    private AttachmentTypes() {
    }

    /** A file as the API received it, checked; {@link InvalidInput} (a 400 problem) says what is wrong. */
    static Attachment checked(String filename, String declaredType, byte[] content) {
        var type = declaredType.toLowerCase(Locale.ROOT).split(";")[0].strip();
        var declared = ACCEPTED.stream().filter(kind -> kind.mediaType().equals(type)).findFirst().orElseThrow(() ->
                new InvalidInput("exchange.refusal.fileKind", "attachment " + filename + ": type " + type + " is not accepted; send one of "
                        + ACCEPTED.stream().map(FileKind::mediaType).sorted().toList(), filename));
        FileKind.requireSize("attachment " + filename, content, Attachment.MAX_BYTES);
        if (FileKind.of(content, ACCEPTED).filter(declared::equals).isEmpty()) {
            throw new InvalidInput("exchange.refusal.fileContent", "attachment " + filename + ": its content is not " + type,
                    filename);
        }
        return new Attachment(filename, type, content);
    }
}
