package org.liaison.exchange;

/**
 * What waits for the officer's agencies in the inbox: messages nobody of the recipient agency has opened yet,
 * and requests whose reply is due today or already overdue, not yet answered.
 */
public record Inbox(long unread, long dueToday, long overdue) {
}
