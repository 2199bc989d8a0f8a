package org.liaison.border;

import java.time.Clock;
import java.util.Comparator;
import java.util.List;

import org.liaison.audit.AuditAction;
import org.liaison.audit.AuditTrail;
import org.liaison.border.internal.CrossingRules;
import org.liaison.border.internal.CrossingStore;
import org.liaison.border.imports.CrossingImport;
import org.liaison.border.imports.ImportReport;
import org.liaison.directory.Checkpoint;
import org.liaison.directory.Directory;
import org.liaison.documents.Sex;
import org.liaison.documents.StateCode;
import org.liaison.identity.Reach;
import org.liaison.node.ThisNode;
import org.liaison.screening.Gender;
import org.liaison.screening.Screening;
import org.liaison.screening.Traveller;
import org.liaison.shared.InvalidInput;
import org.liaison.shared.NotFound;
import org.liaison.shared.Permissions;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;

import jakarta.validation.Valid;

/**
 * The border module's facade: crossings checked (zone read, holder screened) before they are saved, saved,
 * listed and imported in bulk. Border officers record for their own agency at the checkpoints on their
 * country's borders; they and those above them read what their agencies recorded.
 */
@Service
@Validated
public class BorderCrossings {

    private final CrossingStore store;
    private final CrossingImport imports;
    private final Directory directory;
    private final Screening screening;
    private final AuditTrail audit;
    private final ThisNode node;
    private final Clock clock;

    BorderCrossings(CrossingStore store, CrossingImport imports, Directory directory, Screening screening,
                    AuditTrail audit, ThisNode node, Clock clock) {
        this.store = store;
        this.imports = imports;
        this.directory = directory;
        this.screening = screening;
        this.audit = audit;
        this.node = node;
        this.clock = clock;
    }

    /**
     * Reads the draft's zone, applies every rule of {@link #record} and screens the holder against the alerts in
     * force, saving nothing of the crossing: the officer sees the screening's answer before deciding to record.
     */
    @Transactional
    @PreAuthorize(Permissions.RECORDS_CROSSINGS)
    public CrossingCheck check(@Valid CrossingDraft draft) {
        var filled = CrossingRules.fill(draft);
        var crossing = validated(filled.draft(), Crossing.Source.FORM);
        var traveller = new Traveller(crossing.name(),
                crossing.dateOfBirth() == null ? null : crossing.dateOfBirth().toString(),
                crossing.nationality() == null ? null : StateCode.of(crossing.nationality()).country(),
                gender(crossing.sex()), crossing.documentNumber(), crossing.plate(), checkpointName(crossing.checkpoint()),
                null);
        return new CrossingCheck(filled.draft(), filled.problems(), screening.screen(traveller, null));
    }

    /** Records a crossing for the officer's own agency; refused with the reason if any rule fails. */
    @Transactional
    @PreAuthorize(Permissions.RECORDS_CROSSINGS)
    public Crossing record(@Valid CrossingDraft draft, Crossing.Source source) {
        var crossing = validated(CrossingRules.fill(draft).draft(), source);
        store.insert(crossing);
        audit.record(AuditAction.CROSSING_RECORDED, "crossing:" + crossing.id(), "checkpoint=" + crossing.checkpoint()
                + " direction=" + crossing.direction() + " purpose=" + crossing.purpose() + " source=" + source);
        return crossing;
    }

    /**
     * Imports a checkpoint system's CSV export: every valid row lands, every broken row is reported with its line
     * and reason, and no row is half-written. One audit entry names the file and the counts.
     */
    @Transactional
    @PreAuthorize(Permissions.RECORDS_CROSSINGS)
    public ImportReport importCsv(String fileName, byte[] csv) {
        var agency = ownAgency();
        var report = imports.load(csv, agency, Reach.current().actor(), node.country(), clock.instant(), node.zone());
        audit.record(AuditAction.CROSSINGS_IMPORTED, "crossings:" + agency, "file=" + fileName.replaceAll("[\\r\\n]", " ")
                + " imported=" + report.imported() + " refused=" + report.refused().size());
        return report;
    }

    /** The latest crossings the caller's agencies recorded, newest first. */
    @Transactional(readOnly = true)
    @PreAuthorize(Permissions.RECORDS_CROSSINGS)
    public List<Crossing> recent(int limit) {
        return store.recent(Reach.current(), Math.clamp(limit, 1, 500));
    }

    @Transactional(readOnly = true)
    @PreAuthorize(Permissions.RECORDS_CROSSINGS)
    public Crossing crossing(CrossingId id) {
        return store.find(Reach.current(), id).orElseThrow(() -> new NotFound("crossing", id));
    }

    /** The checkpoints on this node's country's borders, where its officers record crossings. */
    public List<Checkpoint> checkpoints() {
        return directory.checkpoints(node.country(), null).stream()
                .sorted(Comparator.comparing(c -> side(c).name())).toList();
    }

    /** This country's names of the checkpoints on its borders, by id. */
    public java.util.Map<Long, String> checkpointNames() {
        var names = new java.util.HashMap<Long, String>();
        checkpoints().forEach(c -> names.put(c.id(), side(c).name()));
        return names;
    }

    /** This country's name of a checkpoint. */
    public String checkpointName(long id) {
        return directory.checkpoint(id).map(c -> side(c).name()).orElse(String.valueOf(id));
    }

    private org.liaison.directory.CheckpointSide side(Checkpoint c) {
        return c.a().country().equals(node.country()) ? c.a() : c.b();
    }

    private Crossing validated(CrossingDraft draft, Crossing.Source source) {
        var checkpoint = draft.checkpoint() == null ? java.util.Optional.<Checkpoint>empty()
                : directory.checkpoint(draft.checkpoint());
        return CrossingRules.validate(draft, checkpoint, node.country(), ownAgency(), Reach.current().actor(),
                clock.instant(), node.zone(), source);
    }

    private static String ownAgency() {
        return Reach.current().agency().orElseThrow(() ->
                new InvalidInput("crossings are recorded for an agency; sign in as one of its border officers")).value();
    }

    private static @org.jspecify.annotations.Nullable Gender gender(@org.jspecify.annotations.Nullable Sex sex) {
        return sex == Sex.FEMALE ? Gender.FEMALE : sex == Sex.MALE ? Gender.MALE : null;
    }
}
