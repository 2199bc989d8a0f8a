package org.liaison.exchange;

import org.liaison.agreements.DataCategory;

/** How many messages of one category went to or came from one partner node over a period, both ways. */
public record Volume(String partner, DataCategory category, long messages) {
}
