package org.liaison.cases;

/**
 * Where a request for mutual legal assistance stands: pending until the requested office answers, then executed
 * (in full or in part) or refused. Whether it is overdue is not a status but today against its deadline.
 */
public enum AssistanceStatus {
    PENDING, EXECUTED, PARTLY_EXECUTED, REFUSED;

    public boolean answered() {
        return this != PENDING;
    }
}
