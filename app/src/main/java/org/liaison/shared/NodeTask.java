package org.liaison.shared;

import java.util.List;
import java.util.function.Supplier;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Runs module code as the node itself (demo loading, scheduled jobs, messages from partner nodes): an
 * administrator of no agency, recorded in the audit trail as {@code system:<task>}. Facades then apply
 * their usual method security instead of growing unchecked twins for internal callers.
 */
public final class NodeTask {

    private NodeTask() {
    }

    public static <T> T call(String task, Supplier<T> work) {
        var previous = SecurityContextHolder.getContext();
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(new NodeActor("system:" + task),
                null, List.of(new SimpleGrantedAuthority("ROLE_ADMIN"))));
        SecurityContextHolder.setContext(context);
        try {
            return work.get();
        } finally {
            SecurityContextHolder.setContext(previous);
        }
    }

    public static void run(String task, Runnable work) {
        call(task, () -> {
            work.run();
            return Boolean.TRUE;
        });
    }

    /** The node acting on its own behalf; it belongs to no agency. */
    public record NodeActor(String username) implements Actor {

        @Override
        public String agencyId() {
            return "";
        }
    }
}
