package org.liaison.audit.web;

import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.liaison.audit.AuditAction;

/**
 * The audited actions grouped by the module that writes them, for the filter's option groups. The enum lists
 * them module by module, so each group is a range; a test checks the groups cover every action once.
 */
final class ActionGroups {

    static final Map<String, List<AuditAction>> BY_MODULE = groups();

    private ActionGroups() {
    }

    private static Map<String, List<AuditAction>> groups() {
        var groups = new LinkedHashMap<String, List<AuditAction>>();
        groups.put("identity", range(AuditAction.LOGIN_SUCCEEDED, AuditAction.ACCESS_DENIED));
        groups.put("directory", range(AuditAction.COUNTRY_CREATED, AuditAction.CHECKPOINT_UPDATED));
        groups.put("agreements", range(AuditAction.AGREEMENT_REGISTERED, AuditAction.AGREEMENTS_EXPORTED));
        groups.put("audit", range(AuditAction.AUDIT_CHECKPOINT_SIGNED, AuditAction.WITNESS_CONFLICT));
        groups.put("committees", range(AuditAction.COMMITTEE_CREATED, AuditAction.COMMITMENT_PROGRESS_POSTED));
        groups.put("cases", range(AuditAction.CASE_OPENED, AuditAction.ASSISTANCE_INVESTIGATORS_NAMED));
        groups.put("node", range(AuditAction.DEMO_DATA_LOADED, AuditAction.DEMO_DATA_LOADED));
        groups.put("exchange", range(AuditAction.MESSAGE_QUEUED, AuditAction.LEGAL_HOLD_RELEASED));
        groups.put("screening", range(AuditAction.ALERT_ISSUED, AuditAction.PARTNER_DATA_PURGED));
        groups.put("prisoners", range(AuditAction.PRISONER_REGISTERED, AuditAction.REPATRIATION_PLAN_UPDATED));
        groups.put("border", range(AuditAction.CROSSING_RECORDED, AuditAction.PASS_REVOKED));
        return groups;
    }

    private static List<AuditAction> range(AuditAction first, AuditAction last) {
        return List.copyOf(EnumSet.range(first, last));
    }
}
