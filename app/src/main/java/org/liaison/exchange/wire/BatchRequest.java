package org.liaison.exchange.wire;

import java.util.List;

/** The body of a batch delivery (ADR 0008): each message as a single delivery would carry it. */
public record BatchRequest(List<DeliveryRequest> messages) {

    public static final String MEDIA_TYPE = "application/liaison-batch+json";
    public static final int MAX_MESSAGES = 256;
}
