package org.liaison.web.search;

import java.util.List;

/**
 * One module's results: a heading (message key), and each result's title, a detail line and where it opens.
 * At most {@link GlobalSearch#PER_GROUP} results per group, so the page never says how many more there are.
 */
record Found(String heading, List<Result> results) {

    record Result(String title, String detail, String href) {
    }
}
