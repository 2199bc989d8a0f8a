package org.liaison.bench.pressrelease;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.jspecify.annotations.Nullable;

/** One release of the corpus: its text, the date an officer would type, its split and its expected fields. */
record Release(String name, String text, @Nullable LocalDate asked, boolean heldOut, Map<String, List<String>> expected) {

    static List<Release> load(Path dir) {
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(f -> f.toString().endsWith(".txt")).sorted().map(Release::parse).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Release parse(Path file) {
        try {
            var all = Files.readString(file);
            int cut = all.indexOf("\n---\n");
            var expected = new LinkedHashMap<String, List<String>>();
            for (var line : all.substring(0, cut).split("\n")) {
                int colon = line.indexOf(':');
                if (colon > 0 && !line.substring(colon + 1).isBlank()) {
                    expected.computeIfAbsent(line.substring(0, colon).strip(), k -> new ArrayList<>())
                            .add(line.substring(colon + 1).strip());
                }
            }
            var asked = expected.containsKey("asked") ? LocalDate.parse(expected.get("asked").getFirst()) : null;
            var heldOut = expected.get("split").getFirst().equals("held-out");
            return new Release(file.getFileName().toString(), all.substring(cut + 5), asked, heldOut, expected);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
