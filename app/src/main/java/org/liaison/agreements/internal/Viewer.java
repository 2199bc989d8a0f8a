package org.liaison.agreements.internal;

import java.util.List;
import java.util.Set;

import org.liaison.agreements.AgreementSummary;
import org.liaison.agreements.Party;
import org.liaison.directory.AgencyId;
import org.liaison.identity.Reach;
import org.liaison.identity.Role;

/**
 * What the caller's {@link Reach} may see and change of the agreements. Administrators and the node itself see
 * and manage every agreement; an officer sees the restricted agreements their agency acts within a party of, and a
 * committee secretary manages those; a partner node or someone not signed in sees nothing restricted and manages
 * nothing.
 */
public record Viewer(Reach reach) {

    public static Viewer current() {
        return new Viewer(Reach.current());
    }

    /** Restricted agreements are for their parties' officers and the node's administrators. */
    public boolean maySee(AgreementSummary agreement) {
        return !agreement.restricted() || reach.administers() || involved(agreement.parties());
    }

    /** Whether the caller may ask about data this agency sends: data of the agencies in their reach. */
    public boolean reaches(AgencyId sender) {
        return reach.covers(sender);
    }

    /** Administrators manage every agreement on the node; secretaries those their agency is party to. */
    public boolean mayManage(List<Party> parties) {
        return reach.administers() || (reach.has(Role.COMMITTEE_SECRETARY) && involved(parties));
    }

    /** Whether the caller may register agreements at all: {@link org.liaison.shared.Permissions#MANAGES_AGREEMENTS}. */
    public boolean mayRegister() {
        return reach.mayActAs(Set.of(Role.COMMITTEE_SECRETARY));
    }

    private boolean involved(List<Party> parties) {
        return reach.agency().filter(agency -> parties.stream().anyMatch(party -> party.covers(agency))).isPresent();
    }
}
