package org.liaison;

import java.util.function.Supplier;

import org.springframework.security.core.context.SecurityContextHolder;

/** Runs part of a test as another officer, for scenarios with several people in them. */
public final class OfficerContext {

    private OfficerContext() {
    }

    public static <T> T as(String username, String agency, String role, Supplier<T> work) {
        var previous = SecurityContextHolder.getContext();
        SecurityContextHolder.setContext(WithOfficerFactory.context(username, agency, role));
        try {
            return work.get();
        } finally {
            SecurityContextHolder.setContext(previous);
        }
    }
}
