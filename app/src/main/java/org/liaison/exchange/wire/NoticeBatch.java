package org.liaison.exchange.wire;

import java.util.List;

/** The body of a notice delivery: signed read notices (compact JWS). */
public record NoticeBatch(List<String> notices) {

    public static final String MEDIA_TYPE = "application/liaison-notices+json";
}
