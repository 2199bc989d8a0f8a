package org.liaison.cases;

/** The kinds of cross-border crime a case is about (seeds 001, 002, 004). */
public enum CaseType {
    DRUG_TRAFFICKING, PRECURSOR_CHEMICALS, SMUGGLING_OF_GOODS, TAX_EVASION, ILLEGAL_LOGGING, WILDLIFE_CRIME,
    ILLEGAL_BORDER_CROSSING, HUMAN_TRAFFICKING, OTHER
}
