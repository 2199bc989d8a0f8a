package org.liaison.bench.matching;

import java.util.List;

/** One benchmark record: what a watchlist entry or a screened person carries. */
record Rec(String id, String name, String dateOfBirth, String nationality, List<String> documents) {

    static Rec named(String id, String name) {
        return new Rec(id, name, "", "", List.of());
    }
}
