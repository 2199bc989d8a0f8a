package org.liaison.border.imports;

import java.io.IOException;
import java.io.Reader;
import java.io.StringWriter;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.postgresql.PGConnection;

/**
 * Loads rows into {@code border_crossing} on the caller's connection and transaction: COPY into a temporary
 * staging table (dropped at commit), one UPDATE that writes each row's first broken rule, one INSERT … SELECT of
 * the rows without one. A row is one INSERTed tuple, so it lands whole or not at all; the caller's transaction
 * makes the import land whole or not at all.
 */
public final class CopyLoader {

    private static final String STAGE = "create temp table if not exists border_import_stage (line bigint, "
            + String.join(" text, ", CrossingCsv.COLUMNS) + " text, reason text) on commit drop";

    /** The first rule a staged row breaks, or null; CASE tests in order, so each cast runs only on checked text. */
    private static final String REASON = """
            update border_import_stage set reason = case
              when checkpoint is null or checkpoint !~ '^[0-9]{1,18}$' or not (checkpoint::bigint = any(?)) then 'checkpoint'
              when direction is null or upper(direction) not in ('ENTRY', 'EXIT') then 'direction'
              when purpose is null or upper(purpose) not in ('TRADE', 'TOURISM', 'MEDICAL_TREATMENT', 'FAMILY_VISIT',
                  'TRADITIONAL_CEREMONY', 'WORK', 'TRANSIT', 'OFFICIAL') then 'purpose'
              when crossed_at is null or not pg_input_is_valid(crossed_at, 'timestamptz') then 'crossed_at'
              when crossed_at::timestamptz > ? then 'future'
              when surname is null or length(surname) > 100 then 'surname'
              when length(coalesce(given_names, '')) > 100 then 'given_names'
              when nationality is not null and nationality !~ '^[A-Z]{1,3}$' then 'nationality'
              when date_of_birth is not null and not pg_input_is_valid(date_of_birth, 'date') then 'date_of_birth'
              when date_of_birth::date > ? then 'born_in_future'
              when sex is not null and upper(sex) not in ('F', 'M', 'X', 'FEMALE', 'MALE', 'UNSPECIFIED') then 'sex'
              when document_number is null or length(document_number) > 40 then 'document_number'
              when document_issuer is not null and document_issuer !~ '^[A-Z]{1,3}$' then 'document_issuer'
              when document_expiry is not null and not pg_input_is_valid(document_expiry, 'date') then 'document_expiry'
              when length(coalesce(plate, '')) > 20 then 'plate'
              when length(coalesce(goods, '')) > 500 then 'goods'
            end""";

    private static final String INSERT = """
            insert into border_crossing (id, agency, checkpoint_id, direction, purpose, crossed_at, surname,
                given_names, nationality, date_of_birth, sex, document_number, document_issuer, document_expiry,
                plate, goods, recorded_by, recorded_at, source)
            select gen_random_uuid(), ?, checkpoint::bigint, upper(direction), upper(purpose), crossed_at::timestamptz,
                surname, coalesce(given_names, ''), nationality, date_of_birth::date,
                case upper(sex) when 'F' then 'FEMALE' when 'M' then 'MALE' when 'X' then 'UNSPECIFIED' else upper(sex) end,
                document_number, document_issuer, document_expiry::date, plate, goods, ?, ?, 'IMPORT'
            from border_import_stage where reason is null""";

    private CopyLoader() {
    }

    /**
     * Stages, checks and inserts {@code rows} for {@code agency}; times without an offset are local to {@code zone}.
     *
     * @param checkpoints the ids of the checkpoints the importing country may record at
     */
    public static ImportReport load(Connection connection, List<CrossingCsv.Row> rows, long[] checkpoints,
                                    String agency, String officer, Instant now, ZoneId zone) throws SQLException {
        try (var s = connection.createStatement()) {
            s.execute(STAGE);
            s.execute("truncate border_import_stage");
            s.execute("set local time zone '" + zone.getId().replace("'", "") + "'");
        }
        try {
            connection.unwrap(PGConnection.class).getCopyAPI()
                    .copyIn("copy border_import_stage (line, " + String.join(", ", CrossingCsv.COLUMNS)
                            + ") from stdin with (format csv)", csv(rows));
        } catch (IOException e) {
            throw new SQLException("could not stream the rows to PostgreSQL", e);
        }
        try (var reason = connection.prepareStatement(REASON)) {
            reason.setArray(1, connection.createArrayOf("bigint", box(checkpoints)));
            reason.setObject(2, now.plusSeconds(300).atOffset(java.time.ZoneOffset.UTC));
            reason.setObject(3, LocalDate.ofInstant(now, zone));
            reason.executeUpdate();
        }
        long imported;
        try (var insert = connection.prepareStatement(INSERT)) {
            insert.setString(1, agency);
            insert.setString(2, officer);
            insert.setObject(3, now.atOffset(java.time.ZoneOffset.UTC));
            imported = insert.executeUpdate();
        }
        return new ImportReport(imported, refused(connection));
    }

    private static List<ImportReport.RefusedRow> refused(Connection connection) throws SQLException {
        var refused = new ArrayList<ImportReport.RefusedRow>();
        var columns = String.join(", ", CrossingCsv.COLUMNS);
        try (var s = connection.createStatement(); var rs = s.executeQuery("select line, reason, " + columns
                + " from border_import_stage where reason is not null order by line")) {
            while (rs.next()) {
                var reason = rs.getString(2);
                int column = CrossingCsv.COLUMNS.indexOf(reason.equals("future") ? "crossed_at"
                        : reason.equals("born_in_future") ? "date_of_birth" : reason);
                var value = rs.getString(3 + column);
                refused.add(new ImportReport.RefusedRow(rs.getLong(1), reason,
                        value == null ? "" : value.length() > 80 ? value.substring(0, 80) : value));
            }
        }
        return refused;
    }

    private static Reader csv(List<CrossingCsv.Row> rows) throws IOException {
        var out = new StringWriter(rows.size() * 120);
        try (var printer = new CSVPrinter(out, CSVFormat.DEFAULT.builder().setNullString("").setQuoteMode(
                org.apache.commons.csv.QuoteMode.ALL_NON_NULL).get())) {
            for (var row : rows) {
                printer.print(row.line());
                for (var field : row.fields()) {
                    printer.print(field);
                }
                printer.println();
            }
        }
        return new java.io.StringReader(out.toString());
    }

    private static Long[] box(long[] ids) {
        var boxed = new Long[ids.length];
        for (int i = 0; i < ids.length; i++) {
            boxed[i] = ids[i];
        }
        return boxed;
    }
}
