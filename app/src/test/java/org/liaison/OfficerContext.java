package org.liaison;

import java.util.function.Supplier;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/** Runs part of a test as another officer, for scenarios with several people in them. */
public final class OfficerContext {

    private OfficerContext() {
    }

    /** The authentication a completed login gives such an officer, for requests made as them. */
    public static Authentication authentication(String username, String agency, String... roles) {
        return WithOfficerFactory.context(username, agency, roles).getAuthentication();
    }

    /** Runs part of a test with no authentication at all, as a scheduled job or a start-up listener runs. */
    public static <T> T unauthenticated(Supplier<T> work) {
        var previous = SecurityContextHolder.getContext();
        SecurityContextHolder.clearContext();
        try {
            return work.get();
        } finally {
            SecurityContextHolder.setContext(previous);
        }
    }

    public static void runUnauthenticated(Runnable work) {
        unauthenticated(() -> {
            work.run();
            return Boolean.TRUE;
        });
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
