package org.liaison.border.imports;

import java.sql.SQLException;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;

import javax.sql.DataSource;

import org.liaison.directory.Checkpoint;
import org.liaison.directory.Directory;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.stereotype.Component;

/** An export imported on the connection of the caller's transaction. */
@Component
public class CrossingImport {

    private final DataSource dataSource;
    private final Directory directory;

    CrossingImport(DataSource dataSource, Directory directory) {
        this.dataSource = dataSource;
        this.directory = directory;
    }

    /** Reads and loads {@code csv}; broken rows of both steps are reported together, in the order of the file. */
    public ImportReport load(byte[] csv, String agency, String officer, String country, Instant now, ZoneId zone) {
        var refused = new ArrayList<ImportReport.RefusedRow>();
        var rows = CrossingCsv.read(csv, refused);
        var checkpoints = directory.checkpoints(country, null).stream().mapToLong(Checkpoint::id).toArray();
        var connection = DataSourceUtils.getConnection(dataSource);
        try {
            var loaded = CopyLoader.load(connection, rows, checkpoints, agency, officer, now, zone);
            refused.addAll(loaded.refused());
            refused.sort(Comparator.comparingLong(ImportReport.RefusedRow::line));
            return new ImportReport(loaded.imported(), refused);
        } catch (SQLException e) {
            throw new DataAccessResourceFailureException("the import could not be loaded", e);
        } finally {
            DataSourceUtils.releaseConnection(connection, dataSource);
        }
    }
}
