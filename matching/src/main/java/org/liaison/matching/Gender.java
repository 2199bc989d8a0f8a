package org.liaison.matching;

/** Gender as recorded on a travel document. */
public enum Gender { FEMALE, MALE, OTHER }
