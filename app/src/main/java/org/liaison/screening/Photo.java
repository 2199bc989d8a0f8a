package org.liaison.screening;

import org.liaison.shared.InvalidInput;

/** An alert's photograph: JPEG or PNG, recognised from its bytes, at most 2 MiB. */
public record Photo(String mediaType, byte[] content) {

    public static final int MAX_BYTES = 2 * 1024 * 1024;

    public Photo {
        if (content == null || content.length == 0 || content.length > MAX_BYTES) {
            throw new InvalidInput("a photo holds 1 byte to 2 MiB");
        }
        if (!mediaType.equals(sniff(content))) {
            throw new InvalidInput("a photo must be a JPEG or PNG image");
        }
    }

    /** A photo whose type is taken from its bytes. */
    public static Photo of(byte[] content) {
        var type = sniff(content);
        if (type == null) {
            throw new InvalidInput("a photo must be a JPEG or PNG image");
        }
        return new Photo(type, content);
    }

    private static @org.jspecify.annotations.Nullable String sniff(byte[] bytes) {
        if (bytes.length > 3 && (bytes[0] & 0xFF) == 0xFF && (bytes[1] & 0xFF) == 0xD8 && (bytes[2] & 0xFF) == 0xFF) {
            return "image/jpeg";
        }
        if (bytes.length > 8 && (bytes[0] & 0xFF) == 0x89 && bytes[1] == 'P' && bytes[2] == 'N' && bytes[3] == 'G') {
            return "image/png";
        }
        return null;
    }
}
