package org.liaison.screening.batches;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.jspecify.annotations.Nullable;
import org.liaison.audit.AuditAction;
import org.liaison.audit.AuditTrail;
import org.liaison.identity.Reach;
import org.liaison.screening.BatchId;
import org.liaison.screening.ScreeningBatch;
import org.liaison.screening.input.Fields;
import org.liaison.shared.Actor;
import org.liaison.screening.input.CodedInvalidInput;
import org.liaison.shared.NotFound;
import org.springframework.stereotype.Component;

/** Uploaded lists for the facade: reading and queueing them, and writing their results back out as CSV. */
@Component
public class BatchService {

    private static final String[] RESULT_HEADER = { "row", "name", "date_of_birth", "nationality", "document", "note",
            "possible_matches", "best_score", "alert_reference", "notice_type", "issuing_agency", "alert_name" };

    private final Batches batches;
    private final AuditTrail audit;
    private final Clock clock;

    BatchService(Batches batches, AuditTrail audit, Clock clock) {
        this.batches = batches;
        this.audit = audit;
        this.clock = clock;
    }

    public ScreeningBatch upload(String fileName, byte[] csv, @Nullable String checkpoint, double threshold, String agency) {
        var name = Fields.cut(fileName.replaceAll("[\\\\/\\p{Cntrl}]", "_"), 200);
        if (name == null) {
            throw new CodedInvalidInput("list.name", "the uploaded file needs a name");
        }
        var rows = BatchUploads.read(csv);
        var id = BatchId.random();
        batches.insert(id, name, agency, Actor.currentName(), checkpoint, threshold, rows, Instant.now(clock));
        audit.record(AuditAction.SCREENING_BATCH_UPLOADED, "batch:" + id, "file=" + name + " rows=" + rows.size()
                + " threshold=" + threshold);
        return batches.find(id).orElseThrow();
    }

    /** The list, if the caller covers the agency that uploaded it; otherwise it is not found for them. */
    public ScreeningBatch find(BatchId id, Reach reach) {
        return batches.find(id).filter(b -> reach.covers(b.agency()))
                .orElseThrow(() -> new NotFound("batch screening", id));
    }

    public List<ScreeningBatch> recent(Reach reach) {
        return batches.recent(reach, 50);
    }

    public byte[] results(BatchId id) {
        var out = new StringWriter();
        out.write('\uFEFF');
        try (var printer = CSVFormat.DEFAULT.builder().setHeader(RESULT_HEADER).get().print(out)) {
            for (var r : batches.results(id)) {
                printer.printRecord(r.row(), safe(r.name()), r.dateOfBirth(), r.nationality(), safe(r.document()), r.problem(),
                        r.matches(), r.bestScore(), r.reference(), r.noticeType(), r.issuingAgency(), safe(r.title()));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    /** Spreadsheets run cells starting with = + - @ as formulas; a leading apostrophe keeps them text. */
    private static @Nullable String safe(@Nullable String cell) {
        return cell != null && !cell.isEmpty() && "=+-@".indexOf(cell.charAt(0)) >= 0 ? "'" + cell : cell;
    }
}
