package org.liaison.committees.web;

import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.jspecify.annotations.Nullable;
import org.liaison.agreements.Party;
import org.liaison.committees.Commitment;
import org.liaison.committees.CommitmentDraft;
import org.liaison.committees.Committee;
import org.liaison.committees.CommitteeDraft;
import org.liaison.committees.CommitteeId;
import org.liaison.committees.CommitteeKind;
import org.liaison.committees.Committees;
import org.liaison.committees.Decision;
import org.liaison.committees.DecisionDraft;
import org.liaison.committees.DecisionId;
import org.liaison.committees.Meeting;
import org.liaison.committees.MeetingDraft;
import org.liaison.committees.MeetingId;
import org.liaison.committees.Review;
import org.liaison.committees.internal.Texts;
import org.liaison.shared.NotFound;
import org.springframework.http.HttpStatus;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Joint committees, meetings, decisions and action items for machines; errors are problem+json. */
@RestController
@Validated
@RequestMapping("/api/v1/committees")
@Tag(name = "Joint committees", description = "Committees, their meetings, decisions and annual reviews")
class CommitteesApi {

    private final Committees committees;

    CommitteesApi(Committees committees) {
        this.committees = committees;
    }

    @GetMapping
    @Operation(summary = "Committees, optionally by kind, party (state or agency) and free text")
    List<Committee> list(@RequestParam(required = false) @Nullable CommitteeKind kind,
                         @RequestParam(required = false) @Nullable @jakarta.validation.constraints.Pattern(regexp = Party.PATTERN) String party,
                         @RequestParam(required = false) @Nullable @Size(max = 100) String q) {
        return committees.committees(kind, party, Texts.optional(q));
    }

    @GetMapping("/{id}")
    @Operation(summary = "One committee")
    Committee committee(@PathVariable String id) {
        return committees.committee(CommitteeId.parse(id));
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Set up a committee (administrators, or secretaries of a party)")
    Committee create(@RequestBody @Valid CommitteeDraft draft) {
        return committees.createCommittee(draft);
    }

    @GetMapping("/{id}/meetings")
    @Operation(summary = "A committee's meetings with participants and decisions, latest first")
    List<Meeting> meetings(@PathVariable String id) {
        return committees.meetings(committees.committee(CommitteeId.parse(id)).id());
    }

    @PostMapping("/{id}/meetings")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Record a meeting (secretaries of a party, administrators)")
    Meeting recordMeeting(@PathVariable String id, @RequestBody @Valid MeetingDraft draft) {
        return committees.recordMeeting(CommitteeId.parse(id), draft);
    }

    @GetMapping("/{id}/meetings/{meetingId}")
    @Operation(summary = "One meeting")
    Meeting meeting(@PathVariable String id, @PathVariable String meetingId) {
        var meeting = committees.meeting(MeetingId.parse(meetingId));
        if (!meeting.committee().equals(CommitteeId.parse(id))) {
            throw new NotFound("meeting", meetingId);
        }
        return meeting;
    }

    @PostMapping("/{id}/meetings/{meetingId}/decisions")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Add a decision to a meeting's record")
    Decision decide(@PathVariable String id, @PathVariable String meetingId, @RequestBody @Valid DecisionDraft draft) {
        return committees.recordDecision(meeting(id, meetingId).id(), draft);
    }

    @PostMapping("/decisions/{decisionId}/action-items")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Create an action item (a commitment with owners and a due date) from a decision")
    Commitment actionItem(@PathVariable String decisionId, @RequestBody @Valid CommitmentDraft draft) {
        return committees.createActionItem(DecisionId.parse(decisionId), draft);
    }

    @GetMapping("/{id}/review/{year}")
    @Operation(summary = "Annual implementation review of the committee's commitments due in the year")
    Review review(@PathVariable String id, @PathVariable int year) {
        return committees.committeeReview(CommitteeId.parse(id), year);
    }
}
