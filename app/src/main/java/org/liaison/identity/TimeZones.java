package org.liaison.identity;

import java.time.ZoneId;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.liaison.shared.InvalidInput;

/** The zones an officer may read times in: the region's, and UTC for those who work with partners' logs. */
public final class TimeZones {

    public static final List<ZoneId> CHOICES = List.of(ZoneId.of("Asia/Phnom_Penh"), ZoneId.of("Asia/Vientiane"),
            ZoneId.of("Asia/Ho_Chi_Minh"), ZoneId.of("Asia/Bangkok"), ZoneId.of("Asia/Yangon"),
            ZoneId.of("Asia/Shanghai"), ZoneId.of("UTC"));

    private TimeZones() {
    }

    /** The choice as the form sends it; blank means "the node's zone". */
    public static @Nullable ZoneId parse(@Nullable String id) {
        if (id == null || id.isBlank()) {
            return null;
        }
        return CHOICES.stream().filter(z -> z.getId().equals(id)).findFirst()
                .orElseThrow(() -> new InvalidInput("identity.refusal.zone", "the time zone " + id + " is not one of the region's", id));
    }
}
