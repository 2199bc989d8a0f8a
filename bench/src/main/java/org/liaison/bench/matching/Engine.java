package org.liaison.bench.matching;

import java.util.List;

/** A matcher under test: ours or a baseline, indexing records and returning the top k by its own score. */
interface Engine {

    String name();

    void index(List<Rec> entries) throws Exception;

    List<Scored> search(Rec query, int k) throws Exception;

    /** One result: an entry id and the engine's score (scales differ between engines). */
    record Scored(String id, double score) {
    }
}
