package org.liaison.directory.store;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.LocalTime;
import java.util.List;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.liaison.directory.Checkpoint;
import org.liaison.directory.CheckpointDraft;
import org.liaison.directory.CheckpointSide;
import org.liaison.directory.CheckpointStatus;
import org.liaison.directory.CheckpointType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Border checkpoints, ordered by pair and then by name. */
@Repository
public class Checkpoints {

    private static final String SELECT = """
            select id, country_a, name_a, native_name_a, province_a, country_b, name_b, native_name_b, province_b,
                   latitude, longitude, type, opens_at, closes_at, status, note
            from checkpoint
            """;
    private static final String ORDER = " order by country_a, country_b, name_a";

    private final JdbcClient jdbc;

    Checkpoints(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<Checkpoint> all() {
        return jdbc.sql(SELECT + ORDER).query(Checkpoints::map).list();
    }

    /** Checkpoints on any border of {@code country}, or only on its border with {@code partner}. */
    public List<Checkpoint> of(String country, @Nullable String partner) {
        if (partner == null) {
            return jdbc.sql(SELECT + " where country_a = :c or country_b = :c" + ORDER)
                    .param("c", country).query(Checkpoints::map).list();
        }
        var first = country.compareTo(partner) <= 0 ? country : partner;
        var second = first.equals(country) ? partner : country;
        return jdbc.sql(SELECT + " where country_a = ? and country_b = ?" + ORDER)
                .params(first, second).query(Checkpoints::map).list();
    }

    public Optional<Checkpoint> find(long id) {
        return jdbc.sql(SELECT + " where id = ?").param(id).query(Checkpoints::map).optional();
    }

    public long insert(CheckpointDraft draft) {
        return bind(jdbc.sql("""
                insert into checkpoint (country_a, name_a, native_name_a, province_a, country_b, name_b,
                                        native_name_b, province_b, latitude, longitude, type, opens_at, closes_at,
                                        status, note)
                values (:countryA, :nameA, :nativeA, :provinceA, :countryB, :nameB, :nativeB, :provinceB,
                        :lat, :lon, :type, :opens, :closes, :status, :note)
                returning id
                """), draft).query(Long.class).single();
    }

    public int update(long id, CheckpointDraft draft) {
        return bind(jdbc.sql("""
                update checkpoint set country_a = :countryA, name_a = :nameA, native_name_a = :nativeA,
                       province_a = :provinceA, country_b = :countryB, name_b = :nameB, native_name_b = :nativeB,
                       province_b = :provinceB, latitude = :lat, longitude = :lon, type = :type, opens_at = :opens,
                       closes_at = :closes, status = :status, note = :note, updated_at = now()
                where id = :id
                """), draft).param("id", id).update();
    }

    boolean exists(CheckpointDraft d, long exceptId) {
        return jdbc.sql("""
                select count(*) from checkpoint
                where country_a = ? and name_a = ? and country_b = ? and name_b = ? and id <> ?
                """).params(d.countryA(), d.nameA(), d.countryB(), d.nameB(), exceptId)
                .query(Long.class).single() > 0;
    }

    private static JdbcClient.StatementSpec bind(JdbcClient.StatementSpec spec, CheckpointDraft d) {
        return spec.param("countryA", d.countryA()).param("nameA", d.nameA())
                .param("nativeA", d.nativeNameA(), Types.VARCHAR).param("provinceA", d.provinceA(), Types.VARCHAR)
                .param("countryB", d.countryB()).param("nameB", d.nameB())
                .param("nativeB", d.nativeNameB(), Types.VARCHAR).param("provinceB", d.provinceB(), Types.VARCHAR)
                .param("lat", d.latitude()).param("lon", d.longitude())
                .param("type", String.valueOf(d.type()))
                .param("opens", d.opensAt(), Types.TIME).param("closes", d.closesAt(), Types.TIME)
                .param("status", String.valueOf(d.status())).param("note", d.note(), Types.VARCHAR);
    }

    private static Checkpoint map(ResultSet rs, int row) throws SQLException {
        var a = new CheckpointSide(rs.getString("country_a"), rs.getString("name_a"), rs.getString("native_name_a"),
                rs.getString("province_a"));
        var b = new CheckpointSide(rs.getString("country_b"), rs.getString("name_b"), rs.getString("native_name_b"),
                rs.getString("province_b"));
        return new Checkpoint(rs.getLong("id"), a, b, rs.getDouble("latitude"), rs.getDouble("longitude"),
                CheckpointType.valueOf(rs.getString("type")), rs.getObject("opens_at", LocalTime.class),
                rs.getObject("closes_at", LocalTime.class), CheckpointStatus.valueOf(rs.getString("status")),
                rs.getString("note"));
    }
}
