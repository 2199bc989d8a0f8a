package org.liaison.identity;

import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.liaison.shared.InvalidInput;

/** What an administrator gives to open an account; validated on construction. */
public record NewOfficer(String username, String displayName, @Nullable String displayNameLatin, Set<Role> roles) {

    public NewOfficer {
        username = username.strip().toLowerCase(Locale.ROOT);
        if (!username.matches("[a-z0-9][a-z0-9._-]{2,63}")) {
            throw new InvalidInput("identity.refusal.username",
                    "a username has 3 to 64 characters: lower-case letters, digits, '.', '_' or '-'");
        }
        displayName = clean(displayName, 200, "display name");
        displayNameLatin = optional(displayNameLatin);
        if (roles.isEmpty()) {
            throw new InvalidInput("identity.refusal.noRole", "an officer needs at least one role");
        }
        roles = Set.copyOf(EnumSet.copyOf(roles));
    }

    static String clean(String value, int max, String what) {
        var stripped = value.strip();
        if (stripped.isEmpty() || stripped.length() > max) {
            throw new InvalidInput("identity.refusal.nameLength", "the " + what + " must have 1 to " + max + " characters",
                    max);
        }
        return stripped;
    }

    static @Nullable String optional(@Nullable String value) {
        return value == null || value.isBlank() ? null : clean(value, 200, "romanized name");
    }
}
