package org.liaison.identity;

/** What an officer may do; an officer holds one or more. */
public enum Role {
    ADMIN, OFFICER, ANALYST, PROSECUTOR, PRISON_OFFICER, COMMITTEE_SECRETARY, BORDER_OFFICER;

    public String authority() {
        return "ROLE_" + name();
    }
}
