package org.liaison.agreements;

/** "This agreement {@code kind} {@code target}", e.g. implements the 2024 MoU, renews the 2021 plan. */
public record AgreementLink(LinkKind kind, AgreementId target) {
}
