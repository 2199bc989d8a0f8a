package org.liaison.committees.demo;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.liaison.agreements.AgreementId;
import org.liaison.audit.AuditAction;
import org.liaison.audit.AuditTrail;
import org.liaison.committees.Commitment;
import org.liaison.committees.CommitmentId;
import org.liaison.committees.CommitteeId;
import org.liaison.committees.DecisionDraft;
import org.liaison.committees.DecisionId;
import org.liaison.committees.MeetingDraft;
import org.liaison.committees.MeetingId;
import org.liaison.committees.ProgressUpdate;
import org.liaison.committees.internal.CommitteeMeetings;
import org.liaison.committees.internal.JointCommittees;
import org.liaison.committees.internal.MeetingDecisions;
import org.liaison.committees.internal.ProgressNotes;
import org.liaison.committees.internal.TrackedCommitments;
import org.liaison.identity.Reach;
import org.liaison.node.Seeding;
import org.liaison.node.ThisNode;
import org.liaison.shared.NodeTask;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Demo mode: the committees, meetings and commitments of the seed articles, as far as this node's country
 * is party to them. Only with {@code liaison.demo.enabled=true}; safe at every start because every row has a
 * fixed id and only what is missing is inserted, and instances that start together take turns ({@link Seeding}).
 */
@Component
@ConditionalOnProperty(name = "liaison.demo.enabled", havingValue = "true")
class DemoCommittees {

    private final JointCommittees committees;
    private final CommitteeMeetings meetings;
    private final MeetingDecisions decisions;
    private final TrackedCommitments commitments;
    private final ProgressNotes progress;
    private final AuditTrail auditTrail;
    private final Seeding seeding;
    private final ThisNode node;
    private final Clock clock;

    DemoCommittees(JointCommittees committees, CommitteeMeetings meetings, MeetingDecisions decisions,
                   TrackedCommitments commitments, ProgressNotes progress, AuditTrail auditTrail,
                   Seeding seeding, ThisNode node, Clock clock) {
        this.committees = committees;
        this.meetings = meetings;
        this.decisions = decisions;
        this.commitments = commitments;
        this.progress = progress;
        this.auditTrail = auditTrail;
        this.seeding = seeding;
        this.node = node;
        this.clock = clock;
    }

    /** Runs as the node itself: nobody is signed in when the application starts. */
    @EventListener(ApplicationReadyEvent.class)
    void load() {
        NodeTask.run("demo", () -> seeding.run("demo-committees", () -> {
            int added = 0;
            for (var seed : DemoCommitteeData.forCountry(node.country())) {
                added += load(seed);
            }
            if (added > 0) {
                auditTrail.record(AuditAction.DEMO_DATA_LOADED, "node:" + node.id(), "committees rows=" + added);
            }
        }));
    }

    private int load(DemoCommitteeData.Seed seed) {
        var committee = new CommitteeId(id(seed.key()));
        int added = committees.insertIfAbsent(committee, seed.committee()) ? 1 : 0;
        var parties = seed.committee().partyList();
        for (var m : seed.meetings()) {
            var meeting = new MeetingId(id(m.key()));
            var draft = new MeetingDraft(m.sequence(), m.from(), m.to(), m.approximate(), m.place(), m.form(),
                    m.participants(), m.agenda(), m.minutes(), null);
            added += meetings.insertIfAbsent(meeting, committee, draft) ? 1 : 0;
            for (int n = 0; n < m.decisions().size(); n++) {
                var d = m.decisions().get(n);
                var decision = new DecisionId(id(m.key() + "/decision/" + (n + 1)));
                added += decisions.insertIfAbsent(decision, meeting, n + 1, new DecisionDraft(d.text(), null)) ? 1 : 0;
                for (var item : d.items()) {
                    added += insert(item, parties, decision, committee);
                }
            }
        }
        for (var item : seed.agreementItems()) {
            // An item under no agreement (announced, not agreed) belongs to the committee that follows it.
            added += insert(item, parties, null, item.agreement() == null ? committee : null);
        }
        return added;
    }

    private int insert(DemoCommitteeData.Item item, List<String> parties, @Nullable DecisionId decision,
                       @Nullable CommitteeId committee) {
        var id = new CommitmentId(id(item.key()));
        var commitment = new Commitment(id, item.text(), null, item.area(),
                item.agreement() == null ? null : AgreementId.of(item.agreement()), decision, committee, item.owners(),
                parties, item.indicators(), item.due(), item.status(), item.completedOn());
        if (!commitments.insertIfAbsent(commitment)) {
            return 0;
        }
        if (item.note() != null) {
            var at = item.completedOn() == null ? clock.instant() : atNoon(item.completedOn());
            progress.insertIfAbsent(new ProgressUpdate(id(item.key() + "/progress"), id, item.note(), item.status(),
                    Reach.current().actor(), null, at, null), null);
        }
        return 1;
    }

    private java.time.Instant atNoon(LocalDate day) {
        return day.atTime(12, 0).atZone(node.zone()).toInstant();
    }

    /** A stable id per demo item, the same on every node, so a second start finds what the first inserted. */
    static UUID id(String key) {
        return UUID.nameUUIDFromBytes(("liaison-demo-committees:" + key).getBytes(StandardCharsets.UTF_8));
    }
}
