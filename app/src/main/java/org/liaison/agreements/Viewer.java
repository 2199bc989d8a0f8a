package org.liaison.agreements;

import java.util.List;

import org.jspecify.annotations.Nullable;
import org.liaison.directory.AgencyId;
import org.liaison.shared.Actor;
import org.liaison.shared.NodeTask;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Who is asking, as far as agreements care: an officer of an agency, maybe an administrator, or the node
 * itself ({@link NodeTask}, or module code running with no authentication at all).
 * Any other authentication (anonymous, a non-officer principal) sees only what is not restricted.
 */
record Viewer(@Nullable AgencyId agency, boolean admin, boolean secretary) {

    static Viewer current() {
        var auth = SecurityContextHolder.getContext().getAuthentication();
        var actor = Actor.current();
        if (auth == null) {
            return new Viewer(null, true, true);
        }
        if (actor.isEmpty()) {
            return new Viewer(null, false, false);
        }
        if (actor.get() instanceof NodeTask.NodeActor) {
            return new Viewer(null, true, true);
        }
        boolean admin = has(auth.getAuthorities(), "ROLE_ADMIN");
        boolean secretary = has(auth.getAuthorities(), "ROLE_COMMITTEE_SECRETARY");
        return new Viewer(AgencyId.of(actor.get().agencyId()), admin, secretary);
    }

    /** Restricted agreements are for their parties' officers and the node's administrators. */
    boolean maySee(AgreementSummary agreement) {
        return !agreement.restricted() || admin || involved(agreement);
    }

    /**
     * Whether the officer may ask about data this agency sends: administrators about any agency's, others about
     * their own agency's and those under it (the same "stands for itself and everything below" as a party).
     */
    boolean reaches(AgencyId sender) {
        return admin || (agency != null && Party.of(agency.value()).covers(sender));
    }

    /** Administrators manage every agreement on the node; secretaries those their agency is party to. */
    boolean mayManage(List<Party> parties) {
        return admin || (secretary && involved(parties));
    }

    private boolean involved(AgreementSummary agreement) {
        return involved(agreement.parties());
    }

    private boolean involved(List<Party> parties) {
        return agency != null && parties.stream().anyMatch(p -> p.covers(agency));
    }

    private static boolean has(java.util.Collection<? extends org.springframework.security.core.GrantedAuthority> all,
                               String authority) {
        return all.stream().anyMatch(a -> authority.equals(a.getAuthority()));
    }
}
