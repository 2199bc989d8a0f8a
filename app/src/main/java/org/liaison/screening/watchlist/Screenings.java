package org.liaison.screening.watchlist;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.UUID;

import org.liaison.audit.AuditAction;
import org.liaison.audit.AuditTrail;
import org.liaison.screening.HitId;
import org.liaison.screening.PossibleMatch;
import org.liaison.screening.ScreeningResult;
import org.liaison.screening.Traveller;
import org.liaison.screening.hits.Hits;
import org.liaison.shared.Actor;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Screens one traveller for the facade: looks them up, records the screening and every possible match as a
 * hit awaiting a decision, and audits it, all in the facade's transaction.
 */
@Component
public class Screenings {

    private final Screener screener;
    private final Hits hits;
    private final JdbcClient db;
    private final AuditTrail audit;
    private final Clock clock;

    Screenings(Screener screener, Hits hits, JdbcClient db, AuditTrail audit, Clock clock) {
        this.screener = screener;
        this.hits = hits;
        this.db = db;
        this.audit = audit;
        this.clock = clock;
    }

    public ScreeningResult screen(Traveller traveller, double threshold, String agency, java.util.List<org.liaison.screening.MrzNote> notes) {
        long started = System.nanoTime();
        var candidates = screener.candidates(traveller, threshold);
        var id = UUID.randomUUID();
        var now = Instant.now(clock);
        var name = traveller.name() != null ? traveller.name()
                : traveller.document() != null ? traveller.document() : java.util.Objects.requireNonNull(traveller.plate());
        db.sql("""
                insert into screening (id, agency, officer, checkpoint, traveller_name, date_of_birth, nationality,
                    document, plate, threshold, matches, screened_at)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(id, agency, Actor.currentName(), traveller.checkpoint(), name, traveller.dateOfBirth(),
                        traveller.nationality(), traveller.document(), traveller.plate(), threshold, candidates.size(),
                        Timestamp.from(now))
                .update();
        var found = new Hits.Found(id, null, null, agency, traveller.checkpoint(), name, traveller.dateOfBirth(),
                traveller.nationality(), traveller.document());
        var matches = new ArrayList<PossibleMatch>();
        for (var candidate : candidates) {
            var hit = hits.insertOrReuse(HitId.random(), candidate, found, now);
            matches.add(match(hit, candidate));
        }
        audit.record(AuditAction.SCREENING_PERFORMED, "screening:" + id, "checkpoint=" + traveller.checkpoint()
                + " matches=" + candidates.size() + " threshold=" + threshold);
        return new ScreeningResult(id, traveller, threshold, matches, notes, (System.nanoTime() - started) / 1000);
    }

    private static PossibleMatch match(HitId hit, Screener.Candidate c) {
        var a = c.alert();
        return new PossibleMatch(hit, a.id(), a.reference(), a.noticeType(), a.issuingAgency(), a.own(), a.title(),
                a.dateOfBirth(), a.nationality(), a.action(), c.score(), c.matchedOn(), c.explanation(), c.tokens(),
                c.factors(), a.hasPhoto());
    }
}
