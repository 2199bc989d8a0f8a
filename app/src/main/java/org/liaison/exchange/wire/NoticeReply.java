package org.liaison.exchange.wire;

import java.util.List;

import org.jspecify.annotations.Nullable;

/** The answer to a notice delivery: one result per notice, in order; no reason means it was taken. */
public record NoticeReply(List<Result> results) {

    public record Result(@Nullable String reason, @Nullable String detail) {
    }
}
