package org.liaison.agreements;

import java.util.Set;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.jspecify.annotations.Nullable;

/**
 * A clause that lets data of some categories flow from one party to another (and back, if reciprocal) for
 * some purposes, under a handling code, to be kept at most {@code retentionDays}.
 */
public record SharingClause(@NotBlank @Size(max = 40) @Pattern(regexp = "[\\p{L}\\p{N}.()§ -]+") String article,
                            @NotNull Party from,
                            @NotNull Party to,
                            boolean reciprocal,
                            @NotEmpty Set<DataCategory> categories,
                            @NotEmpty Set<Purpose> purposes,
                            @NotNull HandlingCode handling,
                            @Min(1) @Max(36500) int retentionDays,
                            @Size(max = 500) @Nullable String note) {

    public SharingClause {
        article = article == null ? "" : article.strip();
        categories = categories == null ? Set.of() : Set.copyOf(categories);
        purposes = purposes == null ? Set.of() : Set.copyOf(purposes);
    }
}
