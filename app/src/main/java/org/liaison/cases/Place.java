package org.liaison.cases;

import org.jspecify.annotations.Nullable;
import org.liaison.shared.InvalidInput;

/**
 * Where it happened: province and district as the officer writes them, the nearest checkpoint of the directory,
 * coordinates (both or neither), and whether it was at an unguarded crossing point rather than a checkpoint.
 */
public record Place(@Nullable String province, @Nullable String district, @Nullable Long checkpoint,
                    @Nullable Double latitude, @Nullable Double longitude, boolean unguarded) {

    public Place {
        if ((latitude == null) != (longitude == null)) {
            throw new InvalidInput("give both coordinates or neither");
        }
        if (latitude != null && (latitude < -90 || latitude > 90 || longitude < -180 || longitude > 180)) {
            throw new InvalidInput("coordinates out of range: latitude -90..90, longitude -180..180");
        }
    }

    public boolean hasCoordinates() {
        return latitude != null;
    }
}
