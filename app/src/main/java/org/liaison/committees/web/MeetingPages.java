package org.liaison.committees.web;

import java.util.List;

import jakarta.validation.Valid;

import org.liaison.committees.CommitteeId;
import org.liaison.committees.Committees;
import org.liaison.committees.DecisionDraft;
import org.liaison.committees.Meeting;
import org.liaison.committees.MeetingId;
import org.liaison.shared.DomainException;
import org.liaison.shared.FormTargets;
import org.liaison.shared.NotFound;
import org.liaison.shared.Refusals;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Recording a meeting, its page (agenda, minutes, decisions and their action items) and its decisions. */
@Controller
@RequestMapping("/committees/{committeeId}/meetings")
class MeetingPages {

    private final Committees committees;

    MeetingPages(Committees committees) {
        this.committees = committees;
    }

    @GetMapping("/new")
    String newMeeting(@PathVariable String committeeId, Model model) {
        model.addAttribute("meetingFields", MeetingFields.empty());
        return form(committeeId, model);
    }

    @PostMapping("/new")
    String record(@PathVariable String committeeId, @Valid MeetingFields meetingFields, BindingResult result,
                  Model model, RedirectAttributes redirect) {
        var bad = meetingFields == null ? List.<Integer>of() : meetingFields.badDelegationLines();
        if (!bad.isEmpty()) {
            result.rejectValue("delegation", "committees.validation.delegation", new Object[] { bad }, "bad lines " + bad);
        }
        if (result.hasErrors()) {
            FormTargets.ensure(model, "meetingFields", MeetingFields.empty(), result);
            return form(committeeId, model);
        }
        try {
            var meeting = committees.recordMeeting(CommitteeId.parse(committeeId), meetingFields.toDraft());
            redirect.addFlashAttribute("flash", "committees.flash.meetingRecorded");
            return "redirect:/committees/" + committeeId + "/meetings/" + meeting.id();
        } catch (DomainException e) {
            Refusals.reject(result, e, "committees.form.rejected");
            return form(committeeId, model);
        }
    }

    @GetMapping("/{meetingId}")
    String meeting(@PathVariable String committeeId, @PathVariable String meetingId, Model model) {
        var meeting = meetingOf(committeeId, meetingId);
        model.addAttribute("committee", committees.committee(meeting.committee()));
        model.addAttribute("meeting", meeting);
        model.addAttribute("actionItems", meeting.decisions().stream()
                .collect(java.util.stream.Collectors.toMap(d -> d.id(), d -> committees.actionItems(d.id()))));
        model.addAttribute("mayManage", committees.mayManage(meeting.committee()));
        model.addAttribute("today", committees.today());
        if (!model.containsAttribute("decisionDraft")) {
            model.addAttribute("decisionDraft", new DecisionDraft(null, null));
        }
        return "committees/meeting";
    }

    @PostMapping("/{meetingId}/decisions")
    String decide(@PathVariable String committeeId, @PathVariable String meetingId, @Valid DecisionDraft decisionDraft,
                  BindingResult result, Model model, RedirectAttributes redirect) {
        var meeting = meetingOf(committeeId, meetingId);
        if (!result.hasErrors()) {
            committees.recordDecision(meeting.id(), decisionDraft);
            redirect.addFlashAttribute("flash", "committees.flash.decisionRecorded");
            return "redirect:/committees/" + committeeId + "/meetings/" + meetingId;
        }
        FormTargets.ensure(model, "decisionDraft", new DecisionDraft(null, null), result);
        return meeting(committeeId, meetingId, model);
    }

    private Meeting meetingOf(String committeeId, String meetingId) {
        var meeting = committees.meeting(MeetingId.parse(meetingId));
        if (!meeting.committee().equals(CommitteeId.parse(committeeId))) {
            throw new NotFound("meeting", meetingId);
        }
        return meeting;
    }

    private String form(String committeeId, Model model) {
        model.addAttribute("committee", committees.committee(CommitteeId.parse(committeeId)));
        model.addAttribute("forms", org.liaison.agreements.MeetingForm.values());
        return "committees/meeting-form";
    }
}
