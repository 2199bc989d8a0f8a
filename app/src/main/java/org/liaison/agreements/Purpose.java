package org.liaison.agreements;

/** Why data is shared; a clause lists the purposes it allows. At most 64. */
public enum Purpose {
    CRIME_PREVENTION,
    INVESTIGATION,
    PROSECUTION,
    BORDER_MANAGEMENT,
    LAWFUL_TRANSIT,
    PRISONER_TRANSFER,
    JOINT_OPERATION,
    STATISTICS,
    CAPACITY_BUILDING,
    COOPERATION_REVIEW;

    public long bit() {
        return 1L << ordinal();
    }
}
