package org.liaison.matching;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Given names and their short forms (Bill / William, Mohd / Mohammed): a Latin token's other forms, compared
 * exactly and scored {@link TokenSimilarity#NICKNAME}. The library carries a short list written for Liaison
 * (the region's abbreviations and the commonest English pairs); the English lexicon of carltonnorthern/nicknames
 * (Apache-2.0, {@code names.csv}) can be added from a path at start (ADR 0018). The table is process-wide:
 * names mean the same in every index.
 */
public final class Nicknames {

    /** Each row: names that may stand for one another. Written for this project from common usage. */
    private static final String[][] BUILT_IN = {
        {"muhammad", "mohd", "muhd", "mohamad", "mohammad", "mohammed", "mohamed", "muhammed", "mhd", "md"},
        {"abdul", "abd", "abdel", "abdal"}, {"syed", "sayed", "sayyid", "said"}, {"nik", "nikmat"},
        {"ahmad", "ahmed", "ahmet"}, {"hussein", "husain", "hussain", "husein"}, {"abu", "abou"},
        {"william", "bill", "billy", "will", "willy", "liam"}, {"robert", "bob", "bobby", "rob", "robbie", "bert"},
        {"james", "jim", "jimmy", "jamie"}, {"elizabeth", "liz", "lizzie", "beth", "betty", "eliza", "elisabeth"},
        {"richard", "rick", "ricky", "dick", "rich"}, {"john", "jack", "johnny", "jon"},
        {"margaret", "maggie", "peggy", "meg", "marge"}, {"michael", "mike", "mick", "mickey"},
        {"thomas", "tom", "tommy"}, {"joseph", "joe", "joey"}, {"charles", "charlie", "chuck"},
        {"edward", "ed", "eddie", "ted", "ned"}, {"anthony", "tony"}, {"alexander", "alex", "sasha", "alec"},
        {"katherine", "kate", "kathy", "katie", "catherine", "cathy"}, {"daniel", "dan", "danny"},
        {"christopher", "chris"}, {"nicholas", "nick", "nicky"}, {"patricia", "pat", "patty", "trish"},
        {"jennifer", "jen", "jenny"}, {"susan", "sue", "susie"}, {"benjamin", "ben", "benny"},
        {"samuel", "sam", "sammy"}, {"steven", "steve", "stephen"}, {"andrew", "andy", "drew"},
        {"david", "dave", "davy"}, {"matthew", "matt"}, {"jonathan", "jon", "johnny"}, {"peter", "pete"},
        {"vladimir", "volodya", "vova"}, {"aleksandr", "sasha", "alexander"}, {"dmitry", "dima", "dmitri"},
    };

    private static volatile Map<String, String[]> table = build(List.of());

    private Nicknames() {
    }

    /**
     * Adds the relations of a CSV in the carltonnorthern/nicknames layout ({@code name1,relationship,name2}, a
     * header line), e.g. {@code ../shared/data/names/nicknames/names.csv}, to the built-in list.
     */
    public static synchronized void addFrom(Path csv) throws IOException {
        List<String[]> rows = new ArrayList<>();
        for (String line : Files.readAllLines(csv, StandardCharsets.UTF_8)) {
            String[] cells = line.split(",");
            if (cells.length == 3 && !cells[0].equals("name1") && !cells[0].isBlank() && !cells[2].isBlank()) {
                rows.add(new String[] {cells[0].strip().toLowerCase(), cells[2].strip().toLowerCase()});
            }
        }
        table = build(rows);
    }

    /** Number of names with a short form or full form known. */
    public static int size() {
        return table.size();
    }

    private static Map<String, String[]> build(List<String[]> extra) {
        Map<String, Set<String>> related = new HashMap<>();
        List<String[]> rows = new ArrayList<>(List.of(BUILT_IN));
        rows.addAll(extra);
        for (String[] row : rows) {
            for (String a : row) {
                for (String b : row) {
                    if (!a.equals(b)) {
                        related.computeIfAbsent(a, k -> new LinkedHashSet<>()).add(b);
                    }
                }
            }
        }
        Map<String, String[]> out = new HashMap<>();
        related.forEach((name, others) -> out.put(name,
                others.stream().limit(Romanizer.MAX_VARIANTS - 1).toArray(String[]::new)));
        return out;
    }

    /** The folded Latin token first, then the names it may stand for. */
    static String[] forms(String folded) {
        String[] others = folded.length() < 2 ? null : table.get(folded);
        if (others == null) {
            return new String[] {folded};
        }
        String[] out = new String[others.length + 1];
        out[0] = folded;
        System.arraycopy(others, 0, out, 1, others.length);
        return out;
    }
}
