package org.liaison.screening;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.liaison.directory.AgencyId;

/**
 * A watchlist alert as this node holds it: issued here ({@code own}) or received from the issuing agency's
 * node. Names are kept in their original script and in Latin.
 */
public record Alert(AlertId id, String reference, AgencyId issuingAgency, boolean own, AlertSubject subject,
                    NoticeType noticeType, @Nullable String nameNative, @Nullable String nameLatin, boolean latinSuggested,
                    List<String> aliases,
                    @Nullable String dateOfBirth, @Nullable String nationality, @Nullable Gender gender,
                    List<String> documents, @Nullable String identifier, String reason, String action,
                    @Nullable LocalDate validUntil, @Nullable LocalDate reviewOn, AlertStatus status, boolean hasPhoto,
                    List<String> sharedWith, Instant createdAt, String createdBy, Instant updatedAt) {

    /** The name or number an officer recognises the alert by. */
    public String title() {
        if (subject != AlertSubject.PERSON) {
            return identifier == null ? reference : identifier;
        }
        if (nameNative != null && nameLatin != null) {
            return nameLatin + " (" + nameNative + ")";
        }
        return nameLatin != null ? nameLatin : java.util.Objects.requireNonNullElse(nameNative, reference);
    }

    /** Whether screenings should find it on this day: active and not past its validity. */
    public boolean inForce(LocalDate today) {
        return status == AlertStatus.ACTIVE && (validUntil == null || !validUntil.isBefore(today));
    }

    /** Every name the index should know, original script first. */
    public List<String> names() {
        var names = new java.util.ArrayList<String>();
        if (nameNative != null) {
            names.add(nameNative);
        }
        if (nameLatin != null && !(latinSuggested && nameNative != null)) {
            names.add(nameLatin);
        }
        names.addAll(aliases);
        return names;
    }
}
