package org.liaison.matching;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * Legal forms of organisations (Limited, GmbH, ООО, Công ty TNHH), each mapped to one main form so that "Co.,
 * Ltd." and "Company Limited" compare equal and weigh little. The library carries a compact list of the forms
 * common in the region and in sanctions lists, written for this project; the full multilingual lexicon of
 * opensanctions/fingerprints ({@code types.yml}, MIT) can be added from a path at start (ADR 0018): the project
 * does not copy it.
 */
public final class LegalForms {

    /** Main form, then its variants; written for Liaison from common usage, not copied from any list. */
    private static final String[][] BUILT_IN = {
        {"ltd", "limited", "ltd", "co ltd", "company limited", "co limited", "pte ltd", "private limited", "pvt ltd",
            "pty ltd", "limited company", "ltda"},
        {"plc", "public limited company", "public company limited", "pcl", "plc"},
        {"inc", "incorporated", "inc"},
        {"corp", "corporation", "corp"},
        {"co", "company", "co", "cie", "compagnie"},
        {"llc", "limited liability company", "llc", "l l c"},
        {"llp", "limited liability partnership", "llp"},
        {"jsc", "joint stock company", "jsc", "jsco", "cong ty co phan", "ctcp", "co phan"},
        {"tnhh", "cong ty tnhh", "trach nhiem huu han", "cong ty trach nhiem huu han", "tnhh mtv"},
        {"ag", "aktiengesellschaft"},
        {"gmbh", "gesellschaft mit beschrankter haftung", "gmbh", "g m b h"},
        {"sa", "societe anonyme", "sociedad anonima", "s a"},
        {"sarl", "societe a responsabilite limitee", "sarl", "s a r l"},
        {"srl", "societa a responsabilita limitata", "srl", "s r l"},
        {"spa", "societa per azioni", "s p a"},
        {"bv", "besloten vennootschap", "b v"},
        {"nv", "naamloze vennootschap", "n v"},
        {"sdn bhd", "sendirian berhad", "sdn bhd"},
        {"bhd", "berhad"},
        {"pt", "perseroan terbatas"},
        {"fze", "free zone establishment", "fzco", "fzc", "fzllc"},
        {"kk", "kabushiki kaisha", "株式会社"},
        {"ooo", "ооо", "общество с ограниченной ответственностью", "obshchestvo s ogranichennoy otvetstvennostyu"},
        {"ao", "ао", "акционерное общество", "aktsionernoye obshchestvo"},
        {"zao", "зао", "закрытое акционерное общество"},
        {"oao", "оао", "открытое акционерное общество"},
        {"pao", "пао", "публичное акционерное общество"},
        {"youxian gongsi", "有限公司", "有限责任公司", "股份有限公司"},
        {"borisat", "บริษัท", "บจก", "บมจ", "จำกัด", "มหาชน", "borisat", "bolisat", "jamkat", "chamkat"},
        {"krumhun", "ក្រុមហ៊ុន", "krumhun", "krom hun"},
        {"borisat", "ບໍລິສັດ", "ຈຳກັດ"},
    };

    private final Map<String, String> mainByForm;
    private final int longest;

    private LegalForms(Map<String, String> mainByForm) {
        this.mainByForm = Map.copyOf(mainByForm);
        this.longest = mainByForm.keySet().stream().mapToInt(k -> k.split(" ").length).max().orElse(1);
    }

    /** The compact list the library carries. */
    public static LegalForms builtIn() {
        Map<String, String> map = new HashMap<>();
        for (String[] row : BUILT_IN) {
            for (int i = 0; i < row.length; i++) {
                map.put(key(row[i]), key(row[0]));
            }
        }
        return new LegalForms(map);
    }

    /**
     * The built-in list plus the legal forms of a {@code types.yml} in the opensanctions/fingerprints layout
     * ({@code - main: X} followed by {@code forms:} and {@code - variant} lines), e.g.
     * {@code ../shared/data/orgtypes/types.yml}.
     */
    public static LegalForms builtInAnd(Path typesYml) throws IOException {
        Map<String, String> map = new HashMap<>(builtIn().mainByForm);
        String main = null;
        for (String line : Files.readAllLines(typesYml, StandardCharsets.UTF_8)) {
            String t = line.strip();
            if (t.startsWith("- main:")) {
                main = key(unquote(t.substring(7)));
                if (!main.isEmpty()) {
                    map.putIfAbsent(main, main);
                }
            } else if (t.startsWith("- ") && main != null && !main.isEmpty()) {
                String form = key(unquote(t.substring(2)));
                if (!form.isEmpty() && form.split(" ").length <= 8) {
                    map.putIfAbsent(form, main);
                }
            }
        }
        return new LegalForms(map);
    }

    private static String unquote(String s) {
        String t = s.strip();
        return t.length() >= 2 && (t.startsWith("'") || t.startsWith("\"")) ? t.substring(1, t.length() - 1) : t;
    }

    /** The comparison key of a phrase: its tokens' Latin forms (original script for other scripts), spaced. */
    static String key(String phrase) {
        return NameNormalizer.plainTokens(phrase).stream().map(LegalForms::key).collect(Collectors.joining(" "));
    }

    static String key(Token token) {
        return token.script() == Script.LATIN ? token.forms()[0] : token.text();
    }

    /** The main form of the phrase of {@code length} tokens from {@code start}, or null. */
    @Nullable String main(List<Token> tokens, int start, int length) {
        StringBuilder b = new StringBuilder();
        for (int k = start; k < start + length; k++) {
            if (k > start) {
                b.append(' ');
            }
            b.append(key(tokens.get(k)));
        }
        return mainByForm.get(b.toString());
    }

    int longestPhrase() {
        return longest;
    }

    /** Number of forms known, for tests and start-up logs. */
    public int size() {
        return mainByForm.size();
    }
}
