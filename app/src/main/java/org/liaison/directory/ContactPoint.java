package org.liaison.directory;

import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/** A way to reach an agency: a 24/7 desk, a liaison officer or a duty office, with the languages it speaks. */
public record ContactPoint(
        UUID id,
        AgencyId agency,
        String name,
        ContactKind kind,
        @Nullable String phone,
        @Nullable String email,
        List<String> languages,
        @Nullable String hours) {
}
