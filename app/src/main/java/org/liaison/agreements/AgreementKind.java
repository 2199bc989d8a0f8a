package org.liaison.agreements;

/** What kind of instrument an agreement is. */
public enum AgreementKind {
    MOU, AGREEMENT, TREATY, PROTOCOL, ANNUAL_PLAN
}
