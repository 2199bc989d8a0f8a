package org.liaison.exchange;

import org.liaison.agreements.ClauseRef;
import org.liaison.agreements.HandlingCode;

/** It may be sent now, under {@code clause}, and must be marked with {@code handling}. */
public record Allowed(ClauseRef clause, HandlingCode handling) implements SendCheck {
}
