package org.liaison.directory;

/** What kind of body an agency is; drives which exchanges it may take part in. */
public enum AgencyType {
    MINISTRY, POLICE, IMMIGRATION, PRISONS, PROSECUTION, CUSTOMS, FORESTRY, BORDER_GUARD, DRUG_CONTROL, COMMITTEE
}
