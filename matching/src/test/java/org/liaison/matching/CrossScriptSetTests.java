package org.liaison.matching;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The documented cross-script set (resources/cross-script/pairs.tsv): well-formed, and matched. */
class CrossScriptSetTests {

    private static List<String[]> pairs;

    @BeforeAll
    static void load() throws IOException {
        try (InputStream in = CrossScriptSetTests.class.getResourceAsStream("/cross-script/pairs.tsv")) {
            pairs = new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().skip(1)
                    .filter(l -> !l.isBlank()).map(l -> l.split("\t")).toList();
        }
    }

    @Test
    void holdsSeveralHundredPairsEachInItsDeclaredScriptWithASource() {
        assertThat(pairs).hasSizeGreaterThanOrEqualTo(300);
        assertThat(pairs).allSatisfy(p -> {
            assertThat(p).hasSize(4);
            assertThat(Script.of(p[1].codePointAt(0)).name().toLowerCase()).isEqualTo(p[0]);
            assertThat(p[2]).matches("[\\p{IsLatin} .'-]+");
            assertThat(p[3]).isNotBlank();
        });
        assertThat(pairs.stream().map(p -> p[0]).distinct()).containsExactlyInAnyOrder("khmer", "lao", "thai");
    }

    @Test
    void findsNineInTenNativeScriptNamesAmongTheLatinSpellings() {
        NameIndex index = new NameIndex();
        for (int i = 0; i < pairs.size(); i++) {
            index.add(Person.named(Integer.toString(i), pairs.get(i)[2]));
        }
        long found = 0;
        for (int i = 0; i < pairs.size(); i++) {
            String id = Integer.toString(i);
            found += index.search(Query.byName(pairs.get(i)[1]), 10, 0.0).stream().anyMatch(h -> h.id().equals(id)) ? 1 : 0;
        }
        assertThat((double) found / pairs.size()).isGreaterThanOrEqualTo(0.90);
    }

    @Test
    void findsTheLatinSpellingOfEveryScriptWithTheRightKindOfExplanation() {
        for (String script : List.of("khmer", "lao", "thai")) {
            String[] pair = pairs.stream().filter(p -> p[0].equals(script)).findFirst().orElseThrow();
            NameIndex index = Names.indexOf(Arrays.copyOf(new String[] {pair[2]}, 1));
            Hit hit = index.search(Query.byName(pair[1]), 1).getFirst();
            assertThat(hit.explanation().tokens()).extracting(TokenMatch::kind)
                    .containsOnly(Script.valueOf(script.toUpperCase()).romanizedKind());
        }
    }
}
