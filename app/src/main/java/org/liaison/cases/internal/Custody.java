package org.liaison.cases.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.liaison.cases.CaseId;
import org.liaison.cases.EvidenceItem;
import org.liaison.cases.HandOver;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Evidence items and their chain of custody. Hand-overs are only ever appended (the database refuses changes and
 * deletions); the item's row is locked while one is added, so two hand-overs cannot both follow the same link.
 */
@Repository
public class Custody {

    private final JdbcClient jdbc;

    Custody(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<EvidenceItem> of(CaseId id) {
        var items = new LinkedHashMap<UUID, EvidenceItem>();
        jdbc.sql("select id, label, description from case_evidence where case_id = ? order by added_at, label")
                .param(id.value()).query(rs -> {
                    var item = rs.getObject("id", UUID.class);
                    items.put(item, new EvidenceItem(item, id, rs.getString("label"), rs.getString("description"), List.of()));
                });
        var chains = new LinkedHashMap<UUID, List<HandOver>>();
        jdbc.sql("""
                select h.evidence_id, h.seq, h.from_holder, h.to_holder, h.handed_at, h.place, h.note, h.recorded_by,
                       h.recorded_at
                from evidence_hand_over h join case_evidence e on e.id = h.evidence_id
                where e.case_id = ? order by h.evidence_id, h.seq""").param(id.value()).query(rs -> {
                    chains.computeIfAbsent(rs.getObject("evidence_id", UUID.class), k -> new ArrayList<>())
                            .add(new HandOver(rs.getInt("seq"), rs.getString("from_holder"), rs.getString("to_holder"),
                                    CaseRecords.instant(rs, "handed_at"), rs.getString("place"), rs.getString("note"),
                                    rs.getString("recorded_by"), CaseRecords.instant(rs, "recorded_at")));
                });
        return items.values().stream().map(e -> new EvidenceItem(e.id(), id, e.label(), e.description(),
                chains.getOrDefault(e.id(), List.of()))).toList();
    }

    /** The item of the case, locked, with its chain. */
    public Optional<EvidenceItem> lock(CaseId id, UUID evidence) {
        var found = jdbc.sql("select id from case_evidence where id = ? and case_id = ? for update")
                .params(evidence, id.value()).query(UUID.class).optional();
        return found.flatMap(e -> of(id).stream().filter(item -> item.id().equals(e)).findFirst());
    }

    public boolean labelTaken(CaseId id, String label) {
        return jdbc.sql("select count(*) from case_evidence where case_id = ? and label = ?").params(id.value(), label)
                .query(Long.class).single() > 0;
    }

    public void insert(CaseId id, UUID evidence, String label, String description, String by, Instant at) {
        jdbc.sql("""
                insert into case_evidence (id, case_id, label, description, added_by, added_at)
                values (?, ?, ?, ?, ?, ?)""").params(evidence, id.value(), label, description, by, CaseLinks.utc(at))
                .update();
    }

    public void append(UUID evidence, HandOver h) {
        jdbc.sql("""
                insert into evidence_hand_over (id, evidence_id, seq, from_holder, to_holder, handed_at, place, note,
                                                recorded_by, recorded_at)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(UUID.randomUUID(), evidence, h.seq(), h.fromHolder(), h.toHolder(), CaseLinks.utc(h.handedAt()),
                        h.place(), h.note(), h.recordedBy(), CaseLinks.utc(h.recordedAt()))
                .update();
    }
}
