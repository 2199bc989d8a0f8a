package org.liaison.agreements;

/**
 * The categories of data a sharing clause can allow. Each message the exchange carries has exactly one.
 * At most 64 (the policy index keeps a category set in one {@code long}).
 */
public enum DataCategory {
    DRUG_TRAFFICKING_INFORMATION,
    DRUG_SEIZURE_REPORT,
    BORDER_INCIDENT,
    SMUGGLING_REPORT,
    ENVIRONMENTAL_CRIME_REPORT,
    CASE_SUMMARY,
    PERSON_OF_INTEREST,
    ALERT,
    HIT_NOTIFICATION,
    CROSSING_STATISTICS,
    BORDER_PASS_VERIFICATION,
    PRISONER_RECORD,
    TRANSFER_STEP,
    LEGAL_ASSISTANCE_REQUEST,
    GENERAL_CORRESPONDENCE;

    public long bit() {
        return 1L << ordinal();
    }
}
