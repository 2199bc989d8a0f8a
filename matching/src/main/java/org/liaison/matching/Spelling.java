package org.liaison.matching;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;

/**
 * Builds spellings from a sequence of segments, each with alternatives in order of preference, and keeps
 * the {@link Romanizer#MAX_VARIANTS} cheapest combinations (cost = sum of the alternatives' ranks): a beam,
 * so the work stays linear in the token's length however ambiguous each letter is.
 */
final class Spelling {

    private static final int BEAM = Romanizer.MAX_VARIANTS * 2;

    private List<String> texts = new ArrayList<>(List.of(""));
    private List<Integer> costs = new ArrayList<>(List.of(0));

    /** Appends one segment; the first alternative is the preferred one. */
    Spelling add(String... alternatives) {
        if (alternatives.length == 0 || alternatives.length == 1 && alternatives[0].isEmpty()) {
            return this;
        }
        List<String> nextTexts = new ArrayList<>(texts.size() * alternatives.length);
        List<Integer> nextCosts = new ArrayList<>(texts.size() * alternatives.length);
        for (int rank = 0; rank < alternatives.length; rank++) {
            for (int i = 0; i < texts.size(); i++) {
                nextTexts.add(texts.get(i) + alternatives[rank]);
                nextCosts.add(costs.get(i) + rank);
            }
        }
        prune(nextTexts, nextCosts);
        return this;
    }

    private void prune(List<String> nextTexts, List<Integer> nextCosts) {
        Integer[] order = new Integer[nextTexts.size()];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        Arrays.sort(order, (x, y) -> Integer.compare(nextCosts.get(x), nextCosts.get(y)));
        texts = new ArrayList<>();
        costs = new ArrayList<>();
        LinkedHashSet<String> seen = new LinkedHashSet<>();
        for (int i = 0; i < order.length && texts.size() < BEAM; i++) {
            if (seen.add(nextTexts.get(order[i]))) {
                texts.add(nextTexts.get(order[i]));
                costs.add(nextCosts.get(order[i]));
            }
        }
    }

    /** The last segment's text in the preferred spelling, e.g. to look at the previous vowel. */
    boolean isEmpty() {
        return texts.getFirst().isEmpty();
    }

    String[] build() {
        List<String> out = texts.stream().filter(s -> !s.isEmpty()).limit(Romanizer.MAX_VARIANTS).toList();
        return out.isEmpty() ? new String[] {""} : out.toArray(String[]::new);
    }
}
