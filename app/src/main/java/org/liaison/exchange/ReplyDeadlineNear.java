package org.liaison.exchange;

import java.time.Instant;

import org.liaison.directory.AgencyId;

/**
 * A request's reply-by is near or past without an answer. {@code owedBy} is the agency that must answer:
 * on the receiving node a reminder to it, on the sending node an escalation to the requesting agency.
 */
public record ReplyDeadlineNear(MessageId request, AgencyId owedBy, AgencyId requestedBy, Instant replyBy, boolean overdue) {
}
