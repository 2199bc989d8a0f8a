package org.liaison.prisoners.paper;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.liaison.prisoners.TransferId;
import org.liaison.shared.FileKind;
import org.liaison.shared.Sha256;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The scans of a partner's signed answers (PDF or image, recognised by their first bytes), per step. */
@Repository
public class Scans {

    /** Largest scan accepted. */
    public static final int MAX_BYTES = 10 * 1024 * 1024;

    private final JdbcClient jdbc;

    Scans(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Keeps the scan; returns its SHA-256. Anything but a PDF, PNG or JPEG within the size is invalid input. */
    public String keep(TransferId transfer, int position, String fileName, byte[] content, String by, Instant at) {
        var kind = FileKind.require("the scan", content, MAX_BYTES, Set.of(FileKind.PDF, FileKind.PNG, FileKind.JPEG));
        var sha = Sha256.hex(content);
        var name = fileName.isBlank() ? "scan" : fileName.strip();
        jdbc.sql("""
                insert into prisoner_transfer_scan (id, transfer_id, position, file_name, media_type, sha256, content,
                    recorded_by, recorded_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(UUID.randomUUID(), transfer.value(), position, name.length() > 200 ? name.substring(0, 200) : name,
                        kind.mediaType(), sha, content, by, Timestamp.from(at)).update();
        return sha;
    }

    /** The SHA-256 of each scan kept for the step, oldest first. */
    public List<String> of(TransferId transfer, int position) {
        return jdbc.sql("select sha256 from prisoner_transfer_scan where transfer_id = ? and position = ? order by recorded_at")
                .params(transfer.value(), position).query(String.class).list();
    }
}
