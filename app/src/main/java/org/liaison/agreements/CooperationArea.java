package org.liaison.agreements;

/** The taxonomy of cooperation areas an agreement, committee or commitment is about. */
public enum CooperationArea {
    SECURITY,
    DRUG_TRAFFICKING,
    BORDER_MANAGEMENT,
    SMUGGLING,
    ILLEGAL_LOGGING,
    WILDLIFE_CRIME,
    CROSS_BORDER_CRIME,
    LAWFUL_TRANSIT,
    PRISONS,
    PROSECUTION,
    CAPACITY_BUILDING,
    TAXATION,
    TRADE,
    CULTURE,
    AGRICULTURE,
    HUMAN_TRAFFICKING
}
