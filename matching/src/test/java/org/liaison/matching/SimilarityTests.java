package org.liaison.matching;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.api.Test;

class SimilarityTests {

    @Test
    void theSharedLetterBoundIsNeverBelowJaroWinkler() {
        Random random = new Random(6);
        for (int n = 0; n < 200_000; n++) {
            String a = word(random);
            String b = random.nextInt(4) == 0 ? typo(a, random) : word(random);
            assertThat(Similarity.jaroWinklerBound(a, b)).as("%s ~ %s", a, b)
                    .isGreaterThanOrEqualTo(Similarity.jaroWinkler(a, b) - 1e-12);
        }
    }

    @Test
    void theBoundRulesOutNamesWithFewLettersInCommon() {
        assertThat(Similarity.jaroWinklerBound("somphone", "bounthong")).isLessThan(NameScorer.MIN_PAIR);
        assertThat(Similarity.jaroWinklerBound("shinawatra", "shinwatra")).isGreaterThan(0.9);
    }

    @Test
    void tokensTooDifferentToPairScoreBelowThePairingFloor() {
        Token q = NameNormalizer.tokens("ທອງສິງ").getFirst();
        Token e = NameNormalizer.tokens("Bouasone").getFirst();
        assertThat(TokenSimilarity.of(q, e)).isLessThan(NameScorer.MIN_PAIR);
        Token same = NameNormalizer.tokens("Thongsing").getFirst();
        assertThat(TokenSimilarity.of(q, same)).isGreaterThan(0.9);
    }

    private static String word(Random random) {
        StringBuilder b = new StringBuilder();
        int length = 1 + random.nextInt(12);
        for (int i = 0; i < length; i++) {
            b.append((char) ('a' + random.nextInt(random.nextBoolean() ? 6 : 26)));
        }
        return b.toString();
    }

    private static String typo(String a, Random random) {
        if (a.length() < 2) {
            return a + "x";
        }
        int i = random.nextInt(a.length() - 1);
        return a.substring(0, i) + a.charAt(i + 1) + a.charAt(i) + a.substring(i + 2);
    }
}
