package org.liaison.border.passes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.Random;

import org.junit.jupiter.api.Test;

/** Base45 as RFC 9285 gives it, including its examples, and refusals of what it cannot hold. */
class Base45Tests {

    @Test
    void encodesTheRfcExamples() {
        assertThat(Base45.encode("AB".getBytes(StandardCharsets.US_ASCII))).isEqualTo("BB8");
        assertThat(Base45.encode("Hello!!".getBytes(StandardCharsets.US_ASCII))).isEqualTo("%69 VD92EX0");
        assertThat(Base45.encode("base-45".getBytes(StandardCharsets.US_ASCII))).isEqualTo("UJCLQE7W581");
        assertThat(new String(Base45.decode("QED8WEX0"), StandardCharsets.US_ASCII)).isEqualTo("ietf!");
    }

    @Test
    void decodesWhatItEncodes() {
        var random = new Random(45);
        for (int n = 0; n < 200; n++) {
            var bytes = new byte[random.nextInt(300)];
            random.nextBytes(bytes);
            assertThat(Base45.decode(Base45.encode(bytes))).isEqualTo(bytes);
        }
    }

    @Test
    void refusesCharactersAndGroupsOutsideBase45() {
        assertThatThrownBy(() -> Base45.decode("GGW")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Base45.decode("ab8")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Base45.decode("B")).isInstanceOf(IllegalArgumentException.class);
    }
}
