package org.liaison.agreements;

/**
 * How recipients may pass data on, after FIRST's Traffic Light Protocol 2.0: RED (named recipients only),
 * AMBER_STRICT (the recipient agency only), AMBER (the recipient and those who need to know), GREEN
 * (the community), CLEAR (no limit).
 */
public enum HandlingCode {
    RED, AMBER_STRICT, AMBER, GREEN, CLEAR
}
