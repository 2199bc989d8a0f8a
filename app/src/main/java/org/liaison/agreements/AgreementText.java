package org.liaison.agreements;

/** An agreement's text with its bytes, for download. */
public record AgreementText(AgreementDocument document, byte[] content) {
}
