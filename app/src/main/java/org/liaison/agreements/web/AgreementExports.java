package org.liaison.agreements.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

import org.apache.commons.csv.CSVFormat;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jspecify.annotations.Nullable;
import org.liaison.agreements.AgreementFilter;
import org.liaison.agreements.AgreementRegistry;
import org.liaison.agreements.AgreementStatus;
import org.liaison.agreements.AgreementSummary;
import org.liaison.agreements.CooperationArea;
import org.liaison.agreements.Party;
import org.springframework.context.MessageSource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The agreements list as a file, with the list page's filters and only what the officer may see: CSV for any
 * tool, XLSX with real dates for spreadsheets. Column names and values are in the officer's language.
 */
@Controller
class AgreementExports {

    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private final AgreementRegistry registry;
    private final MessageSource messages;

    AgreementExports(AgreementRegistry registry, MessageSource messages) {
        this.registry = registry;
        this.messages = messages;
    }

    @GetMapping("/agreements/export.csv")
    ResponseEntity<byte[]> csv(@RequestParam(required = false) @Nullable String q,
                               @RequestParam(required = false) @Nullable AgreementStatus status,
                               @RequestParam(required = false) @Nullable CooperationArea area,
                               @RequestParam(required = false) @Nullable String party, Locale locale) {
        var rows = registry.export(filter(q, status, area, party), "csv");
        var out = new StringWriter();
        try (var printer = CSVFormat.DEFAULT.builder().setHeader(headers(locale)).get().print(out)) {
            for (var a : rows) {
                printer.printRecord(values(a, locale, d -> d == null ? "" : d.toString()));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        // a byte order mark, so that spreadsheets read Khmer and Lao as UTF-8
        return file("\uFEFF" + out, "agreements.csv", new MediaType("text", "csv", StandardCharsets.UTF_8));
    }

    @GetMapping("/agreements/export.xlsx")
    ResponseEntity<byte[]> xlsx(@RequestParam(required = false) @Nullable String q,
                                @RequestParam(required = false) @Nullable AgreementStatus status,
                                @RequestParam(required = false) @Nullable CooperationArea area,
                                @RequestParam(required = false) @Nullable String party, Locale locale) {
        var rows = registry.export(filter(q, status, area, party), "xlsx");
        try (var book = new XSSFWorkbook(); var out = new ByteArrayOutputStream()) {
            var sheet = book.createSheet(messages.getMessage("agreements.export.sheet", null, locale));
            var dates = book.createCellStyle();
            dates.setDataFormat(book.getCreationHelper().createDataFormat().getFormat("yyyy-mm-dd"));
            var header = sheet.createRow(0);
            var names = headers(locale);
            for (int c = 0; c < names.length; c++) {
                header.createCell(c).setCellValue(names[c]);
            }
            for (int r = 0; r < rows.size(); r++) {
                var row = sheet.createRow(r + 1);
                var cells = values(rows.get(r), locale, d -> d);
                for (int c = 0; c < cells.size(); c++) {
                    set(row, c, cells.get(c), dates);
                }
            }
            book.write(out);
            return ResponseEntity.ok().contentType(MediaType.parseMediaType(XLSX))
                    .header(HttpHeaders.CONTENT_DISPOSITION, disposition("agreements.xlsx")).body(out.toByteArray());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void set(Row row, int column, @Nullable Object value,
                            org.apache.poi.ss.usermodel.CellStyle dates) {
        var cell = row.createCell(column);
        if (value instanceof LocalDate date) {
            cell.setCellValue(date);
            cell.setCellStyle(dates);
        } else if (value != null) {
            cell.setCellValue(value.toString());
        }
    }

    private String[] headers(Locale locale) {
        return java.util.stream.Stream.of("id", "title", "kind", "status", "parties", "signedOn", "validFrom",
                "validUntil").map(f -> messages.getMessage("agreements.field." + f, null, locale)).toArray(String[]::new);
    }

    private List<@Nullable Object> values(AgreementSummary a, Locale locale, Function<@Nullable LocalDate, @Nullable Object> date) {
        return java.util.Arrays.asList(a.id().value(), a.title(),
                messages.getMessage("agreements.kind." + a.kind(), null, locale),
                messages.getMessage("agreements.status." + a.status(), null, locale),
                String.join(", ", a.parties().stream().map(Party::value).toList()),
                date.apply(a.signedOn()), date.apply(a.validity().from()), date.apply(a.validity().until()));
    }

    /** The list page's own reading of its filters, so the file holds what the page showed. */
    private static AgreementFilter filter(@Nullable String q, @Nullable AgreementStatus status,
                                          @Nullable CooperationArea area, @Nullable String party) {
        var text = q == null || q.isBlank() ? null : q.strip().substring(0, Math.min(q.strip().length(), 100));
        var partyFilter = party != null && party.matches(Party.PATTERN) ? Party.of(party) : null;
        return new AgreementFilter(text, status, partyFilter, area);
    }

    private static ResponseEntity<byte[]> file(String text, String name, MediaType type) {
        return ResponseEntity.ok().contentType(type).header(HttpHeaders.CONTENT_DISPOSITION, disposition(name))
                .body(text.getBytes(StandardCharsets.UTF_8));
    }

    private static String disposition(String name) {
        return ContentDisposition.attachment().filename(name).build().toString();
    }
}
