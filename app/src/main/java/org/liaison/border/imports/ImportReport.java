package org.liaison.border.imports;

import java.util.List;

/**
 * What an import did: how many rows landed and, for every row that did not, its line in the file and why.
 *
 * @param imported rows inserted
 * @param refused broken rows, in the order of the file
 */
public record ImportReport(long imported, List<RefusedRow> refused) {

    public ImportReport {
        refused = List.copyOf(refused);
    }

    /**
     * A broken row.
     *
     * @param line the line of the file the row starts on (the header is line 1)
     * @param reason a code pages translate ({@code border.import.reason.<reason>}) and API clients read
     * @param value the offending value as the file gave it, cut to 80 characters
     */
    public record RefusedRow(long line, String reason, String value) {
    }
}
