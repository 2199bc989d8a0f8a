package org.liaison.committees;

import java.time.LocalDate;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.liaison.agreements.MeetingForm;

/**
 * One meeting of a committee: its number in the series (the 15th), when and where, in person or virtual,
 * who attended, the agenda, the minutes, the decisions taken and when the next meeting is planned.
 * {@code dateApproximate} marks dates the sources do not give exactly.
 */
public record Meeting(MeetingId id,
                      CommitteeId committee,
                      @Nullable Integer sequence,
                      LocalDate startsOn,
                      LocalDate endsOn,
                      boolean dateApproximate,
                      String place,
                      MeetingForm form,
                      List<Participant> participants,
                      List<String> agenda,
                      @Nullable String minutes,
                      @Nullable LocalDate nextMeetingOn,
                      List<Decision> decisions) {

    public Meeting {
        participants = List.copyOf(participants);
        agenda = List.copyOf(agenda);
        decisions = List.copyOf(decisions);
    }

    public List<Participant> coChairs() {
        return participants.stream().filter(Participant::coChair).toList();
    }

    public List<Participant> delegations() {
        return participants.stream().filter(p -> !p.coChair()).toList();
    }
}
