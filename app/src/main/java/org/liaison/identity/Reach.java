package org.liaison.identity;

import java.util.Optional;
import java.util.Set;

import org.liaison.directory.AgencyId;
import org.liaison.directory.AgencyId.SqlCondition;
import org.liaison.identity.signin.Factors;
import org.liaison.shared.Actor;
import org.liaison.shared.NodeTask;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Whom the caller may act for (ADR 0012): the one answer every module asks, instead of reading the security
 * context or comparing agency ids itself. An officer acts for their agency and those below it, with their roles;
 * an administrator for every agency of the node; the node itself (scheduled work, demo loading) likewise; a
 * partner node whose delivery verified, and anyone not signed in, for none.
 */
public sealed interface Reach {

    /** The reach of the current thread's caller; nobody when nothing (or only half a login) is authenticated. */
    static Reach current() {
        return of(SecurityContextHolder.getContext().getAuthentication());
    }

    static Reach of(@org.jspecify.annotations.Nullable Authentication authentication) {
        if (authentication == null || !authentication.isAuthenticated()) {
            return new Nobody();
        }
        return switch (authentication.getPrincipal()) {
            case OfficerPrincipal officer when Factors.isComplete(authentication)
                    && officer.agencyId().matches(AgencyId.PATTERN) ->
                    new Officer(officer.username(), AgencyId.of(officer.agencyId()), officer.roles());
            case NodeTask.NodeActor node -> new Node(node.username());
            case Actor other when !(other instanceof OfficerPrincipal) -> new Partner(other.username());
            case null, default -> new Nobody();
        };
    }

    /** Whether the caller may act for {@code agency}. */
    boolean covers(AgencyId agency);

    /** Whether the caller holds {@code role}; the node itself holds every role an administrator holds. */
    boolean has(Role role);

    /** Administrator of this node (or the node itself). */
    default boolean administers() {
        return has(Role.ADMIN);
    }

    /** Holds one of the roles, or administers the node. */
    default boolean mayActAs(Set<Role> roles) {
        return administers() || roles.stream().anyMatch(this::has);
    }

    /**
     * Whether the caller satisfies one of the named rules of {@link org.liaison.shared.Permissions}, evaluated
     * exactly as method security evaluates it: for pages and counts that adapt to the caller instead of refusing.
     */
    default boolean allows(String permission) {
        return ReachExpressions.evaluate(permission, this);
    }

    /** The name the audit trail records. */
    String actor();

    /** The officer's own agency; empty for the node, a partner and nobody. */
    default Optional<AgencyId> agency() {
        return Optional.empty();
    }

    /** "The agencies this caller covers" as a SQL condition on {@code column}: all, none, or one subtree. */
    SqlCondition where(String column);

    /** No one, or not yet fully signed in: covers nothing, holds nothing. */
    record Nobody() implements Reach {
        @Override public boolean covers(AgencyId agency) { return false; }
        @Override public boolean has(Role role) { return false; }
        @Override public String actor() { return "anonymous"; }
        @Override public SqlCondition where(String column) { return SqlCondition.NONE; }
    }

    /** The node acting on its own behalf ({@code system:<task>}): what an administrator may do. */
    record Node(String actor) implements Reach {
        @Override public boolean covers(AgencyId agency) { return true; }
        @Override public boolean has(Role role) { return role == Role.ADMIN; }
        @Override public SqlCondition where(String column) { return SqlCondition.ALL; }
    }

    /** A partner node through a delivery whose signature verified ({@code node:<id>}): none of this node's agencies. */
    record Partner(String actor) implements Reach {
        @Override public boolean covers(AgencyId agency) { return false; }
        @Override public boolean has(Role role) { return false; }
        @Override public SqlCondition where(String column) { return SqlCondition.NONE; }
    }

    /** An officer with a completed sign-in: their agency's subtree with their roles, every agency if administrator. */
    record Officer(String actor, AgencyId own, Set<Role> roles) implements Reach {

        public Officer {
            roles = Set.copyOf(roles);
        }

        @Override public boolean covers(AgencyId agency) { return administers() || agency.isWithin(own); }
        @Override public boolean has(Role role) { return roles.contains(role); }
        @Override public Optional<AgencyId> agency() { return Optional.of(own); }
        @Override public SqlCondition where(String column) {
            return administers() ? SqlCondition.ALL : own.subtree(column);
        }
    }
}
