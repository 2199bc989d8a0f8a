package org.liaison.agreements;

import jakarta.validation.constraints.Size;

import org.jspecify.annotations.Nullable;

/** What a list of agreements is narrowed to; every field optional. */
public record AgreementFilter(@Size(max = 100) @Nullable String text,
                              @Nullable AgreementStatus status,
                              @Nullable Party party,
                              @Nullable CooperationArea area) {

    public static AgreementFilter none() {
        return new AgreementFilter(null, null, null, null);
    }
}
