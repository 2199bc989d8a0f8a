package org.liaison.agreements;

/** An agreement change altered what may flow; {@code version} counts such changes on this node. */
public record SharingPolicyChanged(AgreementId agreement, long version) {
}
