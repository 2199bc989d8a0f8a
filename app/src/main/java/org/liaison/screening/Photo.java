package org.liaison.screening;

import java.util.Set;

import org.liaison.shared.FileKind;
import org.liaison.shared.InvalidInput;

/** An alert's photograph: JPEG or PNG, recognised from its bytes, at most 2 MiB. */
public record Photo(String mediaType, byte[] content) {

    public static final int MAX_BYTES = 2 * 1024 * 1024;

    private static final Set<FileKind> ACCEPTED = Set.of(FileKind.JPEG, FileKind.PNG);

    public Photo {
        if (content == null || !FileKind.require("a photo", content, MAX_BYTES, ACCEPTED).mediaType().equals(mediaType)) {
            throw new InvalidInput("screening.refusal.photo", "a photo must be a JPEG or PNG image");
        }
    }

    /** A photo whose type is taken from its bytes. */
    public static Photo of(byte[] content) {
        return new Photo(FileKind.require("a photo", content, MAX_BYTES, ACCEPTED).mediaType(), content);
    }
}
