package org.liaison.agreements.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.jspecify.annotations.Nullable;
import org.liaison.agreements.AgreementDraft;
import org.liaison.agreements.AgreementId;
import org.liaison.agreements.AgreementKind;
import org.liaison.agreements.CooperationArea;
import org.liaison.agreements.MeetingForm;
import org.liaison.agreements.Party;
import org.liaison.shared.InvalidInput;
import org.springframework.validation.BindingResult;

/**
 * The registration form as the browser sends it. A bean rather than the draft record, so that a value that
 * does not convert (a malformed date, a made-up party) becomes a message beside its field instead of
 * leaving the page without a form to show.
 */
public class AgreementForm {

    @NotBlank(message = "{agreements.error.id}")
    private @Nullable String id;
    @NotNull
    private AgreementKind kind = AgreementKind.MOU;
    @NotBlank @Size(min = 3, max = 300)
    private String title = "";
    private @Nullable String nativeTitle;
    private boolean restricted;
    @Size(min = 2, max = 10)
    private List<String> parties = new ArrayList<>();
    private @Nullable LocalDate signedOn;
    private @Nullable String signedPlace;
    private @Nullable MeetingForm meetingForm;
    private @Nullable LocalDate validFrom;
    private @Nullable LocalDate validUntil;
    @Min(1950) @Max(2100)
    private @Nullable Integer coversYear;
    private String timeZone = "Asia/Phnom_Penh";
    private Set<CooperationArea> areas = EnumSet.noneOf(CooperationArea.class);
    @Size(max = 4000)
    private @Nullable String summary;

    @AssertTrue(message = "{agreements.error.period}")
    public boolean isPeriodOrdered() {
        return AgreementDraft.periodOrdered(validFrom, validUntil);
    }

    @AssertTrue(message = "{agreements.error.year-or-period}")
    public boolean isYearOrPeriod() {
        return AgreementDraft.yearOrPeriod(coversYear, validFrom, validUntil);
    }

    @AssertTrue(message = "{agreements.error.parties}")
    public boolean isPartiesDistinct() {
        return new java.util.HashSet<>(parties).size() == parties.size();
    }

    @AssertTrue(message = "{agreements.error.zone}")
    public boolean isTimeZoneKnown() {
        return AgreementDraft.zoneKnown(timeZone);
    }

    static AgreementForm of(AgreementDraft draft) {
        var form = new AgreementForm();
        form.id = draft.id() == null ? null : draft.id().value();
        form.kind = draft.kind();
        form.title = draft.title();
        form.nativeTitle = draft.nativeTitle();
        form.restricted = draft.restricted();
        form.parties = new ArrayList<>(draft.parties().stream().map(Party::value).toList());
        form.signedOn = draft.signedOn();
        form.signedPlace = draft.signedPlace();
        form.meetingForm = draft.meetingForm();
        form.validFrom = draft.validFrom();
        form.validUntil = draft.validUntil();
        form.coversYear = draft.coversYear();
        form.timeZone = draft.timeZone();
        form.areas = draft.areas().isEmpty() ? EnumSet.noneOf(CooperationArea.class) : EnumSet.copyOf(draft.areas());
        form.summary = draft.summary();
        return form;
    }

    /** The draft, or null with the reference or party refused as a field error. */
    @Nullable AgreementDraft toDraft(BindingResult result) {
        AgreementId reference = null;
        var typed = new ArrayList<Party>();
        try {
            reference = id == null || id.isBlank() ? null : AgreementId.of(id.strip());
        } catch (InvalidInput e) {
            result.rejectValue("id", "agreements.error.id");
        }
        try {
            parties.forEach(p -> typed.add(Party.of(p)));
        } catch (InvalidInput e) {
            result.rejectValue("parties", "agreements.error.parties");
        }
        return result.hasErrors() ? null : new AgreementDraft(reference, kind, title, blank(nativeTitle), restricted,
                typed, signedOn, blank(signedPlace), meetingForm, validFrom, validUntil, coversYear, timeZone, areas,
                blank(summary));
    }

    private static @Nullable String blank(@Nullable String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    // accessors for data binding and the template
    public @Nullable String getId() { return id; }
    public void setId(@Nullable String id) { this.id = id; }
    public AgreementKind getKind() { return kind; }
    public void setKind(AgreementKind kind) { this.kind = kind; }
    public String getTitle() { return title; }
    public void setTitle(String title) { this.title = title == null ? "" : title; }
    public @Nullable String getNativeTitle() { return nativeTitle; }
    public void setNativeTitle(@Nullable String nativeTitle) { this.nativeTitle = nativeTitle; }
    public boolean isRestricted() { return restricted; }
    public void setRestricted(boolean restricted) { this.restricted = restricted; }
    public List<String> getParties() { return parties; }
    public void setParties(List<String> parties) { this.parties = parties == null ? new ArrayList<>() : parties; }
    public @Nullable LocalDate getSignedOn() { return signedOn; }
    public void setSignedOn(@Nullable LocalDate signedOn) { this.signedOn = signedOn; }
    public @Nullable String getSignedPlace() { return signedPlace; }
    public void setSignedPlace(@Nullable String signedPlace) { this.signedPlace = signedPlace; }
    public @Nullable MeetingForm getMeetingForm() { return meetingForm; }
    public void setMeetingForm(@Nullable MeetingForm meetingForm) { this.meetingForm = meetingForm; }
    public @Nullable LocalDate getValidFrom() { return validFrom; }
    public void setValidFrom(@Nullable LocalDate validFrom) { this.validFrom = validFrom; }
    public @Nullable LocalDate getValidUntil() { return validUntil; }
    public void setValidUntil(@Nullable LocalDate validUntil) { this.validUntil = validUntil; }
    public @Nullable Integer getCoversYear() { return coversYear; }
    public void setCoversYear(@Nullable Integer coversYear) { this.coversYear = coversYear; }
    public String getTimeZone() { return timeZone; }
    public void setTimeZone(String timeZone) { this.timeZone = timeZone == null ? "" : timeZone; }
    public Set<CooperationArea> getAreas() { return areas; }
    public void setAreas(Set<CooperationArea> areas) { this.areas = areas == null ? EnumSet.noneOf(CooperationArea.class) : areas; }
    public @Nullable String getSummary() { return summary; }
    public void setSummary(@Nullable String summary) { this.summary = summary; }
}
