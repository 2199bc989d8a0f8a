package org.liaison.screening.batches;

import java.io.IOException;
import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.jspecify.annotations.Nullable;
import org.liaison.screening.AlertDraft;
import org.liaison.screening.input.Fields;
import org.liaison.screening.input.Mrz;
import org.liaison.screening.input.CodedInvalidInput;

/**
 * Reads an uploaded list (UTF-8 CSV with a header; comma, semicolon or tab separated) into rows. Columns are
 * recognised by name: {@code name} (or {@code given_names} and {@code surname}), {@code date_of_birth},
 * {@code nationality} (alpha-2 or alpha-3), {@code document}. A field that breaks the rules is ignored
 * and noted on its row; a row with neither a name nor a document is kept, unscreened, with the reason.
 */
public final class BatchUploads {

    public static final int MAX_BYTES = 10 * 1024 * 1024;
    static final int MAX_ROWS = 50_000;
    private static final Map<String, String> COLUMNS = Map.ofEntries(
            Map.entry("name", "name"), Map.entry("full_name", "name"), Map.entry("traveller", "name"),
            Map.entry("given_names", "given"), Map.entry("given_name", "given"), Map.entry("first_name", "given"),
            Map.entry("surname", "surname"), Map.entry("last_name", "surname"), Map.entry("family_name", "surname"),
            Map.entry("date_of_birth", "dob"), Map.entry("dob", "dob"), Map.entry("birth_date", "dob"),
            Map.entry("nationality", "nationality"), Map.entry("document", "document"),
            Map.entry("document_number", "document"), Map.entry("passport", "document"),
            Map.entry("passport_number", "document"));

    private BatchUploads() {
    }

    static List<Batches.BatchRow> read(byte[] bytes) {
        if (bytes.length == 0 || bytes.length > MAX_BYTES) {
            throw new CodedInvalidInput("list.size", "a list to screen holds 1 byte to 10 MB");
        }
        var text = utf8(bytes);
        var firstLine = text.lines().findFirst().orElse("");
        char delimiter = firstLine.contains("\t") ? '\t' : firstLine.contains(";") && !firstLine.contains(",") ? ';' : ',';
        var format = CSVFormat.DEFAULT.builder().setDelimiter(delimiter).setHeader().setSkipHeaderRecord(true)
                .setIgnoreEmptyLines(true).setTrim(true).setAllowMissingColumnNames(true).get();
        try (var parser = format.parse(new StringReader(text))) {
            var columns = columns(parser.getHeaderNames());
            var rows = new ArrayList<Batches.BatchRow>();
            for (var record : parser) {
                if (record.stream().allMatch(String::isBlank)) {
                    continue; // spreadsheets export trailing rows of empty cells
                }
                if (rows.size() == MAX_ROWS) {
                    throw new CodedInvalidInput("list.rows", "a list to screen has at most " + MAX_ROWS
                            + " rows; split the file", MAX_ROWS);
                }
                rows.add(row(rows.size() + 1, record, columns));
            }
            if (rows.isEmpty()) {
                throw new CodedInvalidInput("list.empty", "the file has a header but no rows");
            }
            return rows;
        } catch (IOException | java.io.UncheckedIOException | IllegalArgumentException | IllegalStateException e) {
            throw new CodedInvalidInput("list.unreadable", "the file is not a readable CSV list: " + e.getMessage(),
                    String.valueOf(e.getMessage()));
        }
    }

    private static Map<String, String> columns(List<String> header) {
        var columns = new java.util.HashMap<String, String>();
        for (var name : header) {
            var key = COLUMNS.get(name.strip().toLowerCase(Locale.ROOT).replace(' ', '_').replace('-', '_'));
            if (key != null) {
                columns.putIfAbsent(key, name);
            }
        }
        if (!columns.containsKey("name") && !columns.containsKey("surname") && !columns.containsKey("document")) {
            throw new CodedInvalidInput("list.header", "the first line must name the columns, at least one of: name, "
                    + "surname, document (also recognised: given_names, date_of_birth, nationality)");
        }
        return columns;
    }

    private static Batches.BatchRow row(int number, CSVRecord record, Map<String, String> columns) {
        var problems = new ArrayList<String>();
        var name = value(record, columns, "name");
        if (name == null) {
            var joined = ((value(record, columns, "given") == null ? "" : value(record, columns, "given")) + " "
                    + (value(record, columns, "surname") == null ? "" : value(record, columns, "surname"))).strip();
            name = joined.isEmpty() ? null : joined;
        }
        if (name != null && name.length() > 200) {
            problems.add("name cut to 200 characters");
            name = name.substring(0, 200);
        }
        var dob = value(record, columns, "dob");
        if (dob != null && !dob.matches(AlertDraft.DATE_OF_BIRTH)) {
            problems.add("date of birth ignored (use yyyy-mm-dd or yyyy)");
            dob = null;
        }
        var nationality = nationality(value(record, columns, "nationality"), problems);
        var document = Fields.upper(value(record, columns, "document"));
        if (document != null && document.length() > 40) {
            problems.add("document ignored (over 40 characters)");
            document = null;
        }
        if (name == null && document == null) {
            problems.add("nothing to screen: no name or document");
        }
        return new Batches.BatchRow(number, name, dob, nationality, document,
                problems.isEmpty() ? null : Fields.cut(String.join("; ", problems), 200));
    }

    private static @Nullable String nationality(@Nullable String value, List<String> problems) {
        if (value == null) {
            return null;
        }
        var upper = value.toUpperCase(Locale.ROOT);
        var code = upper.matches("[A-Z]{2}") ? upper : upper.matches("[A-Z]{3}") ? Mrz.alpha2(upper) : null;
        if (code == null) {
            problems.add("nationality ignored (use a country code such as KH or KHM)");
        }
        return code;
    }

    private static @Nullable String value(CSVRecord record, Map<String, String> columns, String key) {
        var column = columns.get(key);
        return column == null || !record.isMapped(column) || !record.isSet(column) ? null : Fields.optional(record.get(column));
    }

    private static String utf8(byte[] bytes) {
        try {
            var text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
            return text.startsWith("\uFEFF") ? text.substring(1) : text;
        } catch (CharacterCodingException e) {
            throw new CodedInvalidInput("list.encoding", "the file must be UTF-8 text (save the spreadsheet as CSV UTF-8)");
        }
    }
}
