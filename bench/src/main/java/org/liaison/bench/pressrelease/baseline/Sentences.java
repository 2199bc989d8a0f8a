package org.liaison.bench.pressrelease.baseline;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/** A text cut into sentences at full stops and line breaks, to ask which words belong together. */
final class Sentences {

    private static final Pattern END = Pattern.compile("(?<=[.!?])\\s+|\\n\\s*\\n|\\n");

    private final String text;
    private final List<Integer> starts;

    private Sentences(String text, List<Integer> starts) {
        this.text = text;
        this.starts = starts;
    }

    static Sentences of(String text) {
        var starts = new ArrayList<Integer>();
        starts.add(0);
        var m = END.matcher(text);
        while (m.find()) {
            starts.add(m.end());
        }
        return new Sentences(text, starts);
    }

    /** The sentence that contains the character at {@code offset}. */
    String around(int offset) {
        int index = index(offset);
        int end = index + 1 < starts.size() ? starts.get(index + 1) : text.length();
        return text.substring(starts.get(index), end);
    }

    boolean sameSentence(int a, int b) {
        return index(a) == index(b);
    }

    private int index(int offset) {
        int index = 0;
        while (index + 1 < starts.size() && starts.get(index + 1) <= offset) {
            index++;
        }
        return index;
    }
}
