package org.liaison.directory;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.jspecify.annotations.Nullable;
import org.liaison.directory.internal.Scripts;

/** What an administrator submits to create or update an agency; text is trimmed, blanks become null. */
public record AgencyDraft(
        @NotBlank(message = "{directory.validation.required}")
        @Size(max = 41, message = "{directory.validation.size}")
        @Pattern(regexp = AgencyId.PATTERN, message = "{directory.validation.agencyId}") @Nullable String id,
        @NotNull(message = "{directory.validation.required}") @Nullable AgencyType type,
        @NotBlank(message = "{directory.validation.required}")
        @Size(max = 200, message = "{directory.validation.size}") @Nullable String name,
        @Size(max = 200, message = "{directory.validation.size}") @Nullable String nativeName,
        @Size(max = 200, message = "{directory.validation.size}") @Nullable String nativeNameLatin,
        @Size(max = 20, message = "{directory.validation.size}") @Nullable String abbreviation,
        @Size(max = 120, message = "{directory.validation.size}") @Nullable String headName,
        @Size(max = 120, message = "{directory.validation.size}") @Nullable String headNativeName,
        @Size(max = 120, message = "{directory.validation.size}") @Nullable String headTitle,
        @Min(value = 1950, message = "{directory.validation.year}")
        @Max(value = 2100, message = "{directory.validation.year}") @Nullable Integer headNotedYear) {

    public AgencyDraft {
        id = Scripts.required(id);
        name = Scripts.required(name);
        nativeName = Scripts.optional(nativeName);
        nativeNameLatin = Scripts.optional(nativeNameLatin);
        abbreviation = Scripts.optional(abbreviation);
        headName = Scripts.optional(headName);
        headNativeName = Scripts.optional(headNativeName);
        headTitle = Scripts.optional(headTitle);
    }

    /** The draft of an existing agency, to prefill the edit form. */
    public static AgencyDraft of(Agency agency) {
        var head = agency.head();
        return new AgencyDraft(agency.id().value(), agency.type(), agency.name(), agency.nativeName(),
                agency.nativeNameLatin(), agency.abbreviation(), head == null ? null : head.name(),
                head == null ? null : head.nativeName(), head == null ? null : head.title(),
                head == null ? null : head.notedYear());
    }

    public AgencyId agencyId() {
        return AgencyId.of(String.valueOf(id));
    }

    String summary() {
        return "type=" + type + " name=" + name + (headName == null ? "" : " head=" + headName);
    }
}
