package org.liaison.agreements;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.jspecify.annotations.Nullable;

/**
 * What the reader made of a press release: every recognised span, and the facts it suggests for a draft
 * agreement or meeting record. Nothing here is registered; an officer reviews it first.
 *
 * @param parties   the agencies, and the countries no agency stands for, that the story is about
 * @param countries every country the story names, third countries included
 * @param persons   people with their title, post and country as far as the text tells them
 * @param named     instruments named, each with its kind and year
 * @param published the publication date typed by the officer, else the one the text gives; null if neither
 * @param dateline  the city the story was filed from, which is not the meeting place
 */
public record ExtractedDraft(List<Finding> findings,
                             List<Party> parties,
                             List<String> countries,
                             List<Person> persons,
                             List<Instrument> named,
                             @Nullable LocalDate published,
                             @Nullable String dateline,
                             @Nullable LocalDate signedOn,
                             @Nullable LocalDate meetingFrom,
                             @Nullable LocalDate meetingUntil,
                             @Nullable String place,
                             @Nullable MeetingForm form,
                             @Nullable String reviewedPeriod,
                             Set<CooperationArea> areas,
                             List<ReadingWarning> warnings) {

    /** A person named: canonical title ("H.E.", "Lt. Gen."), post as written, ISO country; empty when not said. */
    public record Person(String name, String title, String office, @Nullable String country) {
    }

    /** An instrument named; {@code covers} when its year is the one it is for ("plan for 2024"). */
    public record Instrument(InstrumentKind kind, @Nullable Integer year, boolean covers, String title) {
    }

    /** The kinds of instrument the press names; minutes and joint statements have no registry kind of their own. */
    public enum InstrumentKind {
        MOU("mou", "MoU", AgreementKind.MOU),
        JOINT_STATEMENT("joint", "Joint statement", null),
        ACTION_PLAN("action", "Action plan", AgreementKind.ANNUAL_PLAN),
        ANNUAL_PLAN("plan", "Cooperation plan", AgreementKind.ANNUAL_PLAN),
        MINUTES("minutes", "Minutes", null),
        PROTOCOL("protocol", "Protocol", AgreementKind.PROTOCOL),
        TREATY("treaty", "Treaty", AgreementKind.TREATY),
        AGREEMENT("agreement", "Agreement", AgreementKind.AGREEMENT);

        private final String group;
        private final String label;
        private final @Nullable AgreementKind registryKind;

        InstrumentKind(String group, String label, @Nullable AgreementKind registryKind) {
            this.group = group;
            this.label = label;
            this.registryKind = registryKind;
        }

        public String group() {
            return group;
        }

        public String label() {
            return label;
        }

        public @Nullable AgreementKind registryKind() {
            return registryKind;
        }
    }

    public List<String> people() {
        return persons.stream().map(Person::name).toList();
    }

    public List<String> instruments() {
        return named.stream().map(Instrument::title).toList();
    }

    /** The registry kind of the first instrument that has one. */
    public @Nullable AgreementKind kind() {
        return named.stream().map(i -> i.kind().registryKind()).filter(java.util.Objects::nonNull).findFirst().orElse(null);
    }

    /** The year the first instrument is for ("MoU on security cooperation for 2022"). */
    public @Nullable Integer coversYear() {
        return named.stream().filter(Instrument::covers).map(Instrument::year).filter(java.util.Objects::nonNull)
                .findFirst().orElse(null);
    }

    /** The year of the first instrument that has one. */
    public @Nullable Integer instrumentYear() {
        return named.stream().map(Instrument::year).filter(java.util.Objects::nonNull).findFirst().orElse(null);
    }

    /** The press release cut into plain text and marked findings, for the page to show in order. */
    public List<Segment> segments(String text) {
        var segments = new java.util.ArrayList<Segment>();
        int at = 0;
        for (var finding : findings) {
            if (finding.start() > at) {
                segments.add(new Segment(text.substring(at, finding.start()), null));
            }
            segments.add(new Segment(text.substring(finding.start(), finding.end()), finding));
            at = finding.end();
        }
        if (at < text.length()) {
            segments.add(new Segment(text.substring(at), null));
        }
        return segments;
    }

    public record Segment(String text, @Nullable Finding finding) {
    }
}
