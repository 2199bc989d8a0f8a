package org.liaison.committees.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.liaison.committees.CommitmentId;
import org.liaison.committees.CommitmentStatus;
import org.liaison.committees.Evidence;
import org.liaison.committees.ProgressUpdate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Progress updates and their evidence files. Lists never load the files themselves. */
@Repository
public class ProgressNotes {

    private static final String SELECT = """
            select id, commitment_id, note, status_after, posted_by, agency, posted_at, file_name, content_type,
                   size_bytes, sha256
            from commitment_progress
            """;

    private final JdbcClient jdbc;

    ProgressNotes(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<ProgressUpdate> of(CommitmentId commitment) {
        return jdbc.sql(SELECT + " where commitment_id = ? order by posted_at, id").param(commitment.value())
                .query(ProgressNotes::map).list();
    }

    public Optional<Evidence> evidence(CommitmentId commitment, UUID update) {
        return jdbc.sql("""
                select file_name, content_type, content, sha256 from commitment_progress
                where id = ? and commitment_id = ? and content is not null
                """).params(update, commitment.value())
                .query((rs, n) -> new Evidence(rs.getString(1), rs.getString(2), rs.getBytes(3), rs.getString(4)))
                .optional();
    }

    public boolean insertIfAbsent(ProgressUpdate update, EvidenceFiles.@Nullable Checked file) {
        return jdbc.sql("""
                insert into commitment_progress (id, commitment_id, note, status_after, posted_by, agency, posted_at,
                                                 file_name, content_type, size_bytes, sha256, content)
                values (:id, :commitment, :note, :status, :postedBy, :agency, :postedAt, :fileName, :contentType,
                        :size, :sha256, :content)
                on conflict (id) do nothing
                """)
                .param("id", update.id()).param("commitment", update.commitment().value())
                .param("note", update.note())
                .param("status", update.statusAfter() == null ? null : update.statusAfter().name(), Types.VARCHAR)
                .param("postedBy", update.postedBy()).param("agency", update.agency(), Types.VARCHAR)
                .param("postedAt", Timestamp.from(update.postedAt()))
                .param("fileName", file == null ? null : file.fileName(), Types.VARCHAR)
                .param("contentType", file == null ? null : file.contentType(), Types.VARCHAR)
                .param("size", file == null ? null : file.content().length, Types.INTEGER)
                .param("sha256", file == null ? null : file.sha256(), Types.CHAR)
                .param("content", file == null ? null : file.content(), Types.BINARY)
                .update() == 1;
    }

    private static ProgressUpdate map(ResultSet rs, int row) throws SQLException {
        var status = rs.getString("status_after");
        var fileName = rs.getString("file_name");
        var evidence = fileName == null ? null : new ProgressUpdate.EvidenceInfo(fileName,
                rs.getString("content_type"), rs.getInt("size_bytes"), rs.getString("sha256"));
        return new ProgressUpdate(rs.getObject("id", UUID.class), new CommitmentId(rs.getObject("commitment_id", UUID.class)),
                rs.getString("note"), status == null ? null : CommitmentStatus.valueOf(status),
                rs.getString("posted_by"), rs.getString("agency"),
                rs.getObject("posted_at", java.time.OffsetDateTime.class).toInstant(), evidence);
    }

    static Instant now(java.time.Clock clock) {
        return Instant.now(clock).truncatedTo(java.time.temporal.ChronoUnit.MICROS);
    }
}
