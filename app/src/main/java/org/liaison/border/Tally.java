package org.liaison.border;

/** One line of a count: what was counted (a checkpoint id, a purpose, a day, an hour…) and how many. */
public record Tally(String key, long count) {
}
