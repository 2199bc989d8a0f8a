package org.liaison.border.imports;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.apache.commons.csv.CSVFormat;
import org.liaison.border.InvalidCrossing;

/**
 * A checkpoint system's export read into rows of the import's columns, by the header's names in any order.
 * Rows with the wrong number of fields are refused here; the first unreadable line (a quote never closed)
 * refuses the rest of the file, since no row after it can be placed with certainty.
 */
public final class CrossingCsv {

    /** The columns of an export; the first five and the document number are required in the header. */
    public static final List<String> COLUMNS = List.of("checkpoint", "direction", "purpose", "crossed_at",
            "surname", "given_names", "nationality", "date_of_birth", "sex", "document_number", "document_issuer",
            "document_expiry", "plate", "goods");
    public static final int MAX_BYTES = 50 * 1024 * 1024;

    private CrossingCsv() {
    }

    /** A row of the file: its first line and its fields in {@link #COLUMNS} order (null where blank). */
    public record Row(long line, String[] fields) {
    }

    /** The rows of {@code csv} in order; broken ones go to {@code refused}. */
    public static List<Row> read(byte[] csv, List<ImportReport.RefusedRow> refused) {
        if (csv.length == 0 || csv.length > MAX_BYTES) {
            throw new InvalidCrossing("import.size", "an export to import holds 1 byte to 50 MB");
        }
        var rows = new ArrayList<Row>();
        try (var parser = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).setTrim(true)
                .setIgnoreEmptyLines(true).get().parse(new StringReader(utf8(csv)))) {
            var header = parser.getHeaderNames().stream().map(h -> h.strip().toLowerCase(Locale.ROOT)).toList();
            for (var required : List.of("checkpoint", "direction", "purpose", "crossed_at", "surname", "document_number")) {
                if (!header.contains(required)) {
                    throw new InvalidCrossing("import.header", "the first line must name the columns " + COLUMNS
                            + "; it lacks " + required, required);
                }
            }
            var positions = COLUMNS.stream().mapToInt(header::indexOf).toArray();
            long line = parser.getCurrentLineNumber() + 1;
            var records = parser.iterator();
            while (true) {
                try {
                    if (!records.hasNext()) {
                        break;
                    }
                    var record = records.next();
                    if (record.size() != header.size()) {
                        refused.add(new ImportReport.RefusedRow(line, "columns", String.valueOf(record.size())));
                    } else {
                        var fields = new String[COLUMNS.size()];
                        for (int i = 0; i < fields.length; i++) {
                            var value = positions[i] < 0 ? "" : record.get(positions[i]);
                            fields[i] = value.isBlank() ? null : value;
                        }
                        rows.add(new Row(line, fields));
                    }
                    line = parser.getCurrentLineNumber() + 1;
                } catch (UncheckedIOException e) {
                    refused.add(new ImportReport.RefusedRow(line, "unreadable", ""));
                    break;
                }
            }
        } catch (IOException e) {
            throw new InvalidCrossing("import.unreadable", "the file is not a readable CSV export: " + e.getMessage());
        }
        return rows;
    }

    private static String utf8(byte[] bytes) {
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString().replace("\uFEFF", "");
        } catch (CharacterCodingException e) {
            throw new InvalidCrossing("import.encoding", "the file must be UTF-8 text (save the spreadsheet as CSV UTF-8)");
        }
    }
}
