package org.liaison.bench.pressrelease.baseline;

import org.liaison.agreements.AgreementKind;
import org.liaison.agreements.CooperationArea;
import org.liaison.agreements.Finding;
import org.liaison.agreements.MeetingForm;
import org.liaison.agreements.Party;
import org.liaison.agreements.ReadingWarning;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.jspecify.annotations.Nullable;

/**
 * What the reader made of a press release: every recognised span, and the facts it suggests for a draft
 * agreement or meeting record. Nothing here is registered; an officer reviews it first.
 */
public record BaselineDraft(List<Finding> findings,
                             List<Party> parties,
                             List<String> people,
                             List<String> instruments,
                             @Nullable AgreementKind kind,
                             @Nullable LocalDate signedOn,
                             @Nullable LocalDate meetingFrom,
                             @Nullable LocalDate meetingUntil,
                             @Nullable String place,
                             @Nullable MeetingForm form,
                             @Nullable Integer coversYear,
                             @Nullable Integer instrumentYear,
                             @Nullable String reviewedPeriod,
                             Set<CooperationArea> areas,
                             List<ReadingWarning> warnings) {

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
