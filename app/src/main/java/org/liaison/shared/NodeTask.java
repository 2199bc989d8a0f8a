package org.liaison.shared;

import java.util.List;
import java.util.function.Supplier;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Runs module code as the node itself (demo loading, scheduled jobs, messages from partner nodes): an
 * administrator of no agency, recorded in the audit trail as {@code system:<task>}. Facades then apply
 * their usual method security instead of growing unchecked twins for internal callers.
 *
 * <p>What a partner node did through a delivery whose signature verified runs as that partner instead
 * ({@link #callForPartner}), recorded as {@code node:<id>}, with no role at all.
 */
public final class NodeTask {

    private NodeTask() {
    }

    public static <T> T call(String task, Supplier<T> work) {
        return as(UsernamePasswordAuthenticationToken.authenticated(new NodeActor("system:" + task), null,
                List.of(new SimpleGrantedAuthority("ROLE_ADMIN"))), work);
    }

    public static void run(String task, Runnable work) {
        call(task, () -> {
            work.run();
            return Boolean.TRUE;
        });
    }

    /**
     * Runs work on behalf of a partner node whose signature this node has verified, so the audit trail
     * names the partner ({@code node:LA-1}) rather than the anonymous HTTP caller. It grants no role: a
     * facade behind a permission check refuses it, as it would refuse the partner.
     */
    public static <T> T callForPartner(String nodeId, Supplier<T> work) {
        return as(UsernamePasswordAuthenticationToken.authenticated(new PartnerActor("node:" + nodeId), null, List.of()),
                work);
    }

    public static void runForPartner(String nodeId, Runnable work) {
        callForPartner(nodeId, () -> {
            work.run();
            return Boolean.TRUE;
        });
    }

    private static <T> T as(Authentication authentication, Supplier<T> work) {
        var previous = SecurityContextHolder.getContext();
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(authentication);
        SecurityContextHolder.setContext(context);
        try {
            return work.get();
        } finally {
            SecurityContextHolder.setContext(previous);
        }
    }

    /** The node acting on its own behalf; it belongs to no agency. */
    public record NodeActor(String username) implements Actor {

        @Override
        public String agencyId() {
            return "";
        }
    }

    /** A partner node acting through a signed delivery; none of this node's agencies. */
    public record PartnerActor(String username) implements Actor {

        @Override
        public String agencyId() {
            return "";
        }
    }
}
