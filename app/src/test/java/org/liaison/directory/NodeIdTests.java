package org.liaison.directory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.liaison.shared.InvalidInput;

class NodeIdTests {

    @ParameterizedTest
    @ValueSource(strings = { "KH-1", "LA-1", "VN-HANOI2", "TH-ABCDEFGHIJKLMNOP" })
    void acceptsCountryCodeDashAndShortName(String value) {
        assertThat(NodeId.of(value).value()).isEqualTo(value);
    }

    @ParameterizedTest
    @ValueSource(strings = { "", "KH", "KH-", "kh-1", "KH_1", "KHM-1", "KH-1-2", "KH-ABCDEFGHIJKLMNOPQ", "KH-1 " })
    void rejectsMalformedIds(String value) {
        assertThatThrownBy(() -> NodeId.of(value)).isInstanceOf(InvalidInput.class);
    }

    @Test
    void knowsItsCountry() {
        assertThat(NodeId.of("VN-1").country()).isEqualTo("VN");
    }

    @Test
    void fingerprintIsTheFirstSixteenHexDigitsOfTheKeysSha256() {
        // SHA-256("abc") = ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad
        var node = new Node(NodeId.of("KH-1"), "KH", "http://localhost:8081", "abc", NodeStatus.ACTIVE);
        assertThat(node.fingerprint()).isEqualTo("ba7816bf8f01cfea");
        assertThat(new Node(NodeId.of("KH-1"), "KH", "http://x", null, NodeStatus.ACTIVE).fingerprint()).isNull();
    }
}
