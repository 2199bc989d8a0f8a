package org.liaison.border;

/** Why a holder crosses: the purposes of cross-border movement the ministries' agreements name. */
public enum Purpose {
    TRADE, TOURISM, MEDICAL_TREATMENT, FAMILY_VISIT, TRADITIONAL_CEREMONY, WORK, TRANSIT, OFFICIAL
}
