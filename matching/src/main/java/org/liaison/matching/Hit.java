package org.liaison.matching;

/**
 * A watchlist entry that may be the screened person.
 *
 * @param id the entry's identifier
 * @param name the entry's name that matched best, as it was indexed
 * @param score 0..1, comparable with {@link NameIndex#DEFAULT_THRESHOLD}
 * @param explanation why the score is what it is
 */
public record Hit(String id, String name, double score, Explanation explanation) {
}
