package org.liaison.screening;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.jspecify.annotations.Nullable;
import org.liaison.directory.AgencyId;
import org.liaison.screening.input.Fields;
import org.springframework.format.annotation.DateTimeFormat;

/**
 * What an officer submits to issue an alert. A person needs a name (in its original script, in Latin, or
 * both: a Khmer, Lao or Thai name without a romanization gets one suggested); a document or vehicle needs its
 * number or plate. Aliases and documents are one per line.
 *
 * @param shareWith partner agencies to send the alert to, as far as the agreements allow
 */
public record AlertDraft(
        @NotNull(message = "{screening.validation.required}") @Nullable AlertSubject subject,
        @NotNull(message = "{screening.validation.required}") @Nullable NoticeType noticeType,
        @Size(max = 200, message = "{screening.validation.size}") @Nullable String nameNative,
        @Size(max = 200, message = "{screening.validation.size}") @Nullable String nameLatin,
        @Size(max = 2000, message = "{screening.validation.size}") @Nullable String aliases,
        @Pattern(regexp = DATE_OF_BIRTH, message = "{screening.validation.dateOfBirth}") @Nullable String dateOfBirth,
        @Pattern(regexp = "[A-Z]{2}", message = "{screening.validation.country}") @Nullable String nationality,
        @Nullable Gender gender,
        @Size(max = 500, message = "{screening.validation.size}") @Nullable String documents,
        @Size(max = 40, message = "{screening.validation.size}") @Nullable String identifier,
        @NotBlank(message = "{screening.validation.required}")
        @Size(max = 4000, message = "{screening.validation.size}") @Nullable String reason,
        @NotBlank(message = "{screening.validation.required}")
        @Size(max = 1000, message = "{screening.validation.size}") @Nullable String action,
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate validUntil,
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate reviewOn,
        @Size(max = 8, message = "{screening.validation.size}")
        @Nullable List<@Pattern(regexp = AgencyId.PATTERN, message = "{screening.validation.agency}") String> shareWith) {

    /** {@code yyyy} or {@code yyyy-mm-dd}: alerts often know only the year of birth. */
    public static final String DATE_OF_BIRTH = "[0-9]{4}(-[0-9]{2}-[0-9]{2})?";

    public AlertDraft {
        nameNative = Fields.optional(nameNative);
        nameLatin = Fields.optional(nameLatin);
        aliases = Fields.optional(aliases);
        dateOfBirth = Fields.optional(dateOfBirth);
        nationality = Fields.upper(nationality);
        documents = Fields.optional(documents);
        identifier = Fields.upper(identifier);
        reason = Fields.optional(reason);
        action = Fields.optional(action);
        shareWith = shareWith == null ? List.of() : shareWith.stream().map(String::strip).filter(s -> !s.isEmpty()).distinct().toList();
    }

    /** An empty form. */
    public static AlertDraft blank() {
        return new AlertDraft(AlertSubject.PERSON, null, null, null, null, null, null, null, null, null, null, null,
                null, null, List.of());
    }

    public List<String> aliasList() {
        return lines(aliases);
    }

    public List<String> documentList() {
        return lines(documents).stream().map(d -> d.toUpperCase(java.util.Locale.ROOT)).toList();
    }

    private static List<String> lines(@Nullable String text) {
        return text == null ? List.of() : Arrays.stream(text.split("\\R")).map(String::strip).filter(s -> !s.isEmpty())
                .distinct().toList();
    }
}
