package org.liaison.border.passes;

import java.time.Instant;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * What a node's signed revocation list says: the node, when it signed the list, and the numbers of its passes
 * revoked whose validity has not ended.
 */
public record RevocationList(@JsonProperty("i") String node, @JsonProperty("t") Instant issuedAt,
                             @JsonProperty("r") List<String> revoked) {

    public static final String TYPE = "liaison-revocations+jws";

    public RevocationList {
        if (node == null || issuedAt == null || revoked == null) {
            throw new IllegalArgumentException("a revocation list names its node, its time and its passes");
        }
        revoked = List.copyOf(revoked);
    }
}
