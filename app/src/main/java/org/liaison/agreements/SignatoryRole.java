package org.liaison.agreements;

/** Whether a person signed an instrument or witnessed its signing. */
public enum SignatoryRole {
    SIGNATORY, WITNESS
}
