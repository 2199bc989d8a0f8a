package org.liaison.prisoners.registry;

import org.liaison.directory.AgencyId;
import org.liaison.identity.Reach;
import org.liaison.identity.Role;
import org.liaison.prisoners.PrisonerDraft;
import org.liaison.prisoners.PrisonerId;
import org.springframework.stereotype.Component;

/**
 * Who may see and change a prisoner's record, asked of the caller's {@link Reach} (bean {@code prisonerAccess}):
 * administrators and the prison officers whose reach covers the holding administration. Health and special needs
 * only for those prison officers: an administrator runs the node, not the prison. Unknown ids pass, so the use
 * case answers "not found" rather than "forbidden".
 */
@Component("prisonerAccess")
public class PrisonerAccess {

    private final PrisonerRecords records;

    PrisonerAccess(PrisonerRecords records) {
        this.records = records;
    }

    public boolean reads(PrisonerId id) {
        var reach = Reach.current();
        return records.find(id).map(p -> holds(reach, p.administration()))
                .orElse(reach.mayActAs(java.util.Set.of(Role.PRISON_OFFICER)));
    }

    /** A plan of the administration named: the officer must hold its prisoners. */
    public boolean plans(org.liaison.prisoners.PlanDraft draft) {
        var administration = draft.administration();
        var reach = Reach.current();
        return administration == null || !administration.matches(AgencyId.PATTERN)
                ? reach.mayActAs(java.util.Set.of(Role.PRISON_OFFICER)) : holds(reach, AgencyId.of(administration));
    }

    /** A new record: the administration named must be one the officer acts for. */
    public boolean registers(PrisonerDraft draft) {
        var administration = draft.administration();
        return administration == null || !administration.matches(AgencyId.PATTERN)
                ? Reach.current().mayActAs(java.util.Set.of(Role.PRISON_OFFICER))
                : holds(Reach.current(), AgencyId.of(administration));
    }

    /** Whether the caller may see the health data of a prisoner held by {@code administration}. */
    public static boolean seesHealth(Reach reach, AgencyId administration) {
        return reach.has(Role.PRISON_OFFICER) && reach.covers(administration);
    }

    static boolean holds(Reach reach, AgencyId administration) {
        return reach.administers() || reach.has(Role.PRISON_OFFICER) && reach.covers(administration);
    }
}
