package org.liaison.committees.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.jspecify.annotations.Nullable;
import org.liaison.agreements.MeetingForm;
import org.liaison.agreements.Party;
import org.liaison.committees.MeetingDraft;
import org.liaison.committees.Participant;
import org.liaison.committees.internal.Texts;
import org.springframework.format.annotation.DateTimeFormat;

/**
 * The meeting form's flat fields: two co-chairs, the delegation one member a line
 * ({@code side; name; name in own script; title}) and the agenda one item a line.
 */
record MeetingFields(
        @Min(value = 1, message = "{committees.validation.sequence}")
        @Max(value = 999, message = "{committees.validation.sequence}") @Nullable Integer sequence,
        @NotNull(message = "{committees.validation.required}") @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate startsOn,
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate endsOn,
        @NotBlank(message = "{committees.validation.required}")
        @Size(max = 200, message = "{committees.validation.size}") @Nullable String place,
        @NotNull(message = "{committees.validation.required}") @Nullable MeetingForm form,
        @Pattern(regexp = Party.PATTERN, message = "{committees.validation.party}") @Nullable String chair1Side,
        @Size(max = 120, message = "{committees.validation.size}") @Nullable String chair1Name,
        @Size(max = 120, message = "{committees.validation.size}") @Nullable String chair1NativeName,
        @Size(max = 200, message = "{committees.validation.size}") @Nullable String chair1Title,
        @Pattern(regexp = Party.PATTERN, message = "{committees.validation.party}") @Nullable String chair2Side,
        @Size(max = 120, message = "{committees.validation.size}") @Nullable String chair2Name,
        @Size(max = 120, message = "{committees.validation.size}") @Nullable String chair2NativeName,
        @Size(max = 200, message = "{committees.validation.size}") @Nullable String chair2Title,
        @Size(max = 8000, message = "{committees.validation.size}") @Nullable String delegation,
        @Size(max = 8000, message = "{committees.validation.size}") @Nullable String agenda,
        @Size(max = 20000, message = "{committees.validation.size}") @Nullable String minutes,
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate nextMeetingOn) {

    MeetingFields {
        place = Texts.optional(place);
        chair1Side = Texts.optional(chair1Side);
        chair2Side = Texts.optional(chair2Side);
    }

    static MeetingFields empty() {
        return new MeetingFields(null, null, null, null, MeetingForm.IN_PERSON, null, null, null, null, null, null,
                null, null, null, null, null, null);
    }

    /** The delegation lines that are not {@code side; name[; native name[; title]]} with a valid side, by number. */
    List<Integer> badDelegationLines() {
        var bad = new ArrayList<Integer>();
        var lines = Texts.lines(delegation);
        for (int i = 0; i < lines.size(); i++) {
            var cells = lines.get(i).split(";", -1);
            if (cells.length < 2 || cells.length > 4 || !cells[0].strip().matches(Party.PATTERN)
                    || cells[1].isBlank() || lines.get(i).length() > 500) {
                bad.add(i + 1);
            }
        }
        return bad;
    }

    MeetingDraft toDraft() {
        var participants = new ArrayList<Participant>();
        chair(chair1Side, chair1Name, chair1NativeName, chair1Title, participants);
        chair(chair2Side, chair2Name, chair2NativeName, chair2Title, participants);
        for (var line : Texts.lines(delegation)) {
            var cells = line.split(";", -1);
            participants.add(new Participant(cells[0], cells[1], cell(cells, 2), cell(cells, 3), false));
        }
        return new MeetingDraft(sequence, startsOn, endsOn, false, place, form, participants, Texts.lines(agenda),
                minutes, nextMeetingOn);
    }

    private static void chair(@Nullable String side, @Nullable String name, @Nullable String nativeName,
                              @Nullable String title, List<Participant> into) {
        if (Texts.optional(name) != null) {
            into.add(new Participant(side, name, nativeName, title, true));
        }
    }

    private static @Nullable String cell(String[] cells, int index) {
        return cells.length > index ? cells[index] : null;
    }
}
