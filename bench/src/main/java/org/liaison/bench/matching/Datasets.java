package org.liaison.bench.matching;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Loaders for the public data under ../shared/data (read in place, never copied). */
final class Datasets {

    private Datasets() {
    }

    /** screening-un: name, dob and nationality columns; ids are "un-ROW" or "neg-ROW". */
    static List<Rec> screening(Path file, String prefix) throws IOException {
        List<Rec> out = new ArrayList<>();
        List<String[]> rows = Csv.read(file);
        for (int i = 0; i < rows.size(); i++) {
            String[] r = rows.get(i);
            out.add(new Rec(prefix + i, r[0], r.length > 5 ? r[5] : "", r.length > 7 ? r[7] : "", List.of()));
        }
        return out;
    }

    /** FEBRL: given name + surname, date of birth, social security number as a document; id = rec number. */
    static List<Rec> febrl(Path file) throws IOException {
        List<Rec> out = new ArrayList<>();
        for (String[] r : Csv.read(file)) {
            String ssn = r[10].strip();
            out.add(new Rec(r[0].strip(), (r[1] + " " + r[2]).strip(), r[9].strip(), "",
                    ssn.isEmpty() ? List.of() : List.of(ssn)));
        }
        return out;
    }

    static String febrlNumber(String recId) {
        return recId.split("-")[1];
    }

    static List<String> lines(Path file) throws IOException {
        return Files.readAllLines(file, StandardCharsets.UTF_8);
    }

    /** The cross-script set: script, native, latin, source. */
    static List<String[]> crossScript(Path file) throws IOException {
        List<String[]> out = new ArrayList<>();
        for (String line : lines(file)) {
            if (line.isBlank() || line.startsWith("script\t") || line.startsWith("#")) {
                continue;
            }
            out.add(line.split("\t"));
        }
        return out;
    }
}
