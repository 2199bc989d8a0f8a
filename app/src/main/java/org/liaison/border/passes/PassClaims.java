package org.liaison.border.passes;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import org.jspecify.annotations.Nullable;

/**
 * What a border pass says, as signed into its QR code (ADR 0016): one-letter names keep the code small. Dates are
 * ISO days, purposes two-letter codes ({@link PassPurposes}), checkpoints the directory's ids.
 *
 * @param number the pass number, unique at its issuer ({@code KH-P-7KX3M9})
 * @param issuer the issuing node ({@code KH-1}); the signing key must be one of this node's
 * @param photoHash the first 12 bytes of the photo's SHA-256 in base64url, or null when the pass has no photo
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({ "n", "i", "f", "g", "s", "d", "c", "h", "p", "k", "a", "b" })
public record PassClaims(
        @JsonProperty("n") String number,
        @JsonProperty("i") String issuer,
        @JsonProperty("f") String surname,
        @JsonProperty("g") String givenNames,
        @JsonProperty("s") @Nullable String nameInScript,
        @JsonProperty("d") @Nullable String dateOfBirth,
        @JsonProperty("c") String nationality,
        @JsonProperty("h") @Nullable String photoHash,
        @JsonProperty("p") List<String> purposes,
        @JsonProperty("k") List<Long> checkpoints,
        @JsonProperty("a") String validFrom,
        @JsonProperty("b") String validUntil) {

    public PassClaims {
        if (number == null || issuer == null || surname == null || givenNames == null || nationality == null
                || purposes == null || checkpoints == null || validFrom == null || validUntil == null) {
            throw new IllegalArgumentException("a pass names its number, issuer, holder, purposes, checkpoints and validity");
        }
        purposes = List.copyOf(purposes);
        checkpoints = List.copyOf(checkpoints);
    }
}
