package org.liaison.prisoners;

/** A prisoner's sex as the sentencing record states it. */
public enum Sex {
    FEMALE, MALE
}
