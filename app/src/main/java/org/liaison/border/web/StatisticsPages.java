package org.liaison.border.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jspecify.annotations.Nullable;
import org.liaison.border.BorderCrossings;
import org.liaison.border.BorderStatistics;
import org.liaison.border.Tally;
import org.springframework.context.MessageSource;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The border's statistics page (crossings by checkpoint, direction, purpose, nationality, day, month and hour;
 * passes by status and used; today's overstayers by checkpoint) and its CSV and XLSX exports, labelled in the
 * officer's language.
 */
@Controller
class StatisticsPages {

    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private final BorderStatistics statistics;
    private final BorderCrossings crossings;
    private final MessageSource messages;

    StatisticsPages(BorderStatistics statistics, BorderCrossings crossings, MessageSource messages) {
        this.statistics = statistics;
        this.crossings = crossings;
        this.messages = messages;
    }

    @GetMapping("/border/statistics")
    String page(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate from,
                @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate to,
                Model model, Locale locale) {
        var period = period(from, to);
        model.addAttribute("from", period.get(0));
        model.addAttribute("to", period.get(1));
        model.addAttribute("tables", labelled(statistics.crossings(period.get(0), period.get(1)), locale));
        model.addAttribute("passes", statistics.passes());
        model.addAttribute("overstays", statistics.overstays());
        model.addAttribute("names", crossings.checkpointNames());
        return "border/statistics";
    }

    @GetMapping("/border/statistics.csv")
    ResponseEntity<byte[]> csv(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate from,
                               @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate to,
                               Locale locale) {
        var out = new StringBuilder("\uFEFF");
        for (var row : rows(from, to, locale)) {
            out.append(String.join(",", row.stream().map(StatisticsPages::quoted).toList())).append("\r\n");
        }
        return file(out.toString().getBytes(StandardCharsets.UTF_8), "border-statistics.csv", "text/csv;charset=UTF-8");
    }

    @GetMapping("/border/statistics.xlsx")
    ResponseEntity<byte[]> xlsx(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate from,
                                @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate to,
                                Locale locale) {
        try (var book = new XSSFWorkbook(); var out = new ByteArrayOutputStream()) {
            var sheet = book.createSheet(messages.getMessage("border.statistics.title", null, locale));
            var rows = rows(from, to, locale);
            for (int r = 0; r < rows.size(); r++) {
                var row = sheet.createRow(r);
                for (int c = 0; c < rows.get(r).size(); c++) {
                    var value = rows.get(r).get(c);
                    if (c == 2 && r > 0) {
                        row.createCell(c).setCellValue(Long.parseLong(value));
                    } else {
                        row.createCell(c).setCellValue(value);
                    }
                }
            }
            book.write(out);
            return file(out.toByteArray(), "border-statistics.xlsx", XLSX);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** One line per count: the breakdown, what was counted, how many; passes by status last. */
    private List<List<String>> rows(@Nullable LocalDate from, @Nullable LocalDate to, Locale locale) {
        var period = period(from, to);
        var rows = new ArrayList<List<String>>();
        rows.add(List.of(say("border.statistics.breakdown", locale), say("border.statistics.value", locale),
                say("border.statistics.count", locale)));
        labelled(statistics.crossings(period.get(0), period.get(1)), locale).forEach((name, tallies) -> tallies.forEach(
                t -> rows.add(List.of(say("border.statistics.by." + name, locale), t.key(), String.valueOf(t.count())))));
        statistics.passes().forEach(t -> rows.add(List.of(say("border.statistics.passes", locale),
                say("border.statistics.pass." + t.key(), locale), String.valueOf(t.count()))));
        return rows;
    }

    private Map<String, List<Tally>> labelled(Map<String, List<Tally>> tables, Locale locale) {
        var names = crossings.checkpointNames();
        var out = new java.util.LinkedHashMap<String, List<Tally>>();
        tables.forEach((name, tallies) -> out.put(name, tallies.stream().map(t -> new Tally(switch (name) {
            case "checkpoint" -> names.getOrDefault(Long.parseLong(t.key()), t.key());
            case "purpose" -> say("border.purpose." + t.key(), locale);
            case "direction" -> say("border.direction." + t.key(), locale);
            case "hour" -> String.format(Locale.ROOT, "%02d:00–%02d:59", Integer.parseInt(t.key()), Integer.parseInt(t.key()));
            default -> t.key();
        }, t.count())).toList()));
        return out;
    }

    private List<LocalDate> period(@Nullable LocalDate from, @Nullable LocalDate to) {
        var end = to == null ? statistics.today() : to;
        return List.of(from == null ? end.minusDays(29) : from, end);
    }

    private String say(String key, Locale locale) {
        return messages.getMessage(key, null, key, locale);
    }

    private static String quoted(String value) {
        var safe = !value.isEmpty() && "=+-@".indexOf(value.charAt(0)) >= 0 && !value.matches("-?\\d+") ? "'" + value : value;
        return "\"" + safe.replace("\"", "\"\"") + "\"";
    }

    private static ResponseEntity<byte[]> file(byte[] body, String name, String type) {
        return ResponseEntity.ok().contentType(MediaType.parseMediaType(type))
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + name + "\"").body(body);
    }
}
