package org.liaison.committees.review;

import org.liaison.agreements.AgreementId;
import org.liaison.committees.Commitment;
import org.liaison.committees.CommitteeId;
import org.liaison.committees.Review;
import org.liaison.committees.internal.AgreementReferences;
import org.liaison.committees.internal.JointCommittees;
import org.liaison.committees.internal.NodeCalendar;
import org.liaison.committees.internal.ProgressNotes;
import org.liaison.committees.internal.TrackedCommitments;
import org.liaison.shared.InvalidInput;
import org.liaison.shared.NotFound;
import org.springframework.stereotype.Component;

/** Builds annual implementation reviews from the commitments that fell due in a year. */
@Component
public class ImplementationReviews {

    private final TrackedCommitments commitments;
    private final ProgressNotes progress;
    private final JointCommittees committees;
    private final AgreementReferences agreements;
    private final NodeCalendar calendar;

    ImplementationReviews(TrackedCommitments commitments, ProgressNotes progress, JointCommittees committees,
                          AgreementReferences agreements, NodeCalendar calendar) {
        this.commitments = commitments;
        this.progress = progress;
        this.committees = committees;
        this.agreements = agreements;
        this.calendar = calendar;
    }

    public Review ofAgreement(AgreementId agreement, int year) {
        requireYear(year);
        var summary = agreements.find(agreement).orElseThrow(() -> new NotFound("agreement", agreement));
        var due = commitments.dueIn(year, agreement, null);
        return build(Review.Scope.AGREEMENT, agreement.value(), summary.title(), year, due);
    }

    public Review ofCommittee(CommitteeId id, int year) {
        requireYear(year);
        var committee = committees.find(id).orElseThrow(() -> new NotFound("committee", id));
        var due = commitments.dueIn(year, null, id);
        return build(Review.Scope.COMMITTEE, id.toString(), committee.name(), year, due);
    }

    private Review build(Review.Scope scope, String reference, String title, int year,
                         java.util.List<Commitment> due) {
        var asOf = calendar.today();
        var lines = due.stream()
                .map(c -> new Review.Line(c, Review.Line.outcomeOf(c, asOf), progress.of(c.id())))
                .toList();
        return new Review(scope, reference, title, year, asOf, lines);
    }

    private static void requireYear(int year) {
        if (year < 1990 || year > 2100) {
            throw new InvalidInput("committees.refusal.reviewYear", "a review covers a year between 1990 and 2100");
        }
    }
}
