package org.liaison.identity.accounts;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.liaison.directory.AgencyId;
import org.liaison.identity.OfficerId;
import org.liaison.identity.Role;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The officer accounts of this node, in PostgreSQL. */
@Repository
public class Officers {

    private static final String COLUMNS = """
            id, username, display_name, display_name_latin, agency_id, roles, password_hash, totp_secret,
            totp_last_step, mfa_enrolled_at, failed_attempts, throttled_until, enabled, created_at, password_changed_at,
            time_zone""";

    private final JdbcClient jdbc;

    Officers(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<Officer> findByUsername(String username) {
        return jdbc.sql("select " + COLUMNS + " from officer where username = ?").param(username)
                .query(Officers::map).optional();
    }

    public Optional<Officer> findById(OfficerId id) {
        return jdbc.sql("select " + COLUMNS + " from officer where id = ?").param(id.value())
                .query(Officers::map).optional();
    }

    /** Locks the row for the rest of the transaction, so concurrent logins count failures correctly. */
    public Optional<Officer> findByUsernameForUpdate(String username) {
        return jdbc.sql("select " + COLUMNS + " from officer where username = ? for update").param(username)
                .query(Officers::map).optional();
    }

    public Optional<Officer> findByIdForUpdate(OfficerId id) {
        return jdbc.sql("select " + COLUMNS + " from officer where id = ? for update").param(id.value())
                .query(Officers::map).optional();
    }

    public List<Officer> findByAgency(String agencyId) {
        return jdbc.sql("select " + COLUMNS + " from officer where agency_id = ? order by username")
                .param(agencyId).query(Officers::map).list();
    }

    /** The officers of the agencies {@code agencies} selects (a condition on {@code agency_id}) in one country. */
    public List<Officer> findWhere(AgencyId.SqlCondition agencies, String country) {
        var params = new java.util.ArrayList<Object>(agencies.params());
        params.add(country);
        return jdbc.sql("select " + COLUMNS + " from officer where " + agencies.sql() + " and split_part(agency_id, '/', 1) = ?"
                        + " order by agency_id, username")
                .params(params).query(Officers::map).list();
    }

    public boolean existsByUsername(String username) {
        return jdbc.sql("select count(*) from officer where username = ?").param(username)
                .query(Long.class).single() > 0;
    }

    long count() {
        return jdbc.sql("select count(*) from officer").query(Long.class).single();
    }

    public void insert(Officer o) {
        jdbc.sql("insert into officer (" + COLUMNS + ") values (:id, :username, :displayName, :latin, :agency, "
                        + ":roles, :hash, :totp, :step, :mfaAt, :failed, :throttledUntil, :enabled, :createdAt, :pwdAt, :zone)")
                .params(params(o)).update();
    }

    public void update(Officer o) {
        jdbc.sql("""
                        update officer set display_name = :displayName, display_name_latin = :latin, roles = :roles,
                          password_hash = :hash, totp_secret = :totp, totp_last_step = :step, mfa_enrolled_at = :mfaAt,
                          failed_attempts = :failed, throttled_until = :throttledUntil, enabled = :enabled,
                          password_changed_at = :pwdAt, time_zone = :zone
                        where id = :id""")
                .params(params(o)).update();
    }

    private static java.util.Map<String, @Nullable Object> params(Officer o) {
        var p = new java.util.HashMap<String, @Nullable Object>();
        p.put("id", o.id().value());
        p.put("username", o.username());
        p.put("displayName", o.displayName());
        p.put("latin", o.displayNameLatin());
        p.put("agency", o.agencyId());
        p.put("roles", o.roles().stream().map(Enum::name).sorted().toArray(String[]::new));
        p.put("hash", o.passwordHash());
        p.put("totp", o.totpSecret());
        p.put("step", o.totpLastStep());
        p.put("mfaAt", ts(o.mfaEnrolledAt()));
        p.put("failed", o.failedAttempts());
        p.put("throttledUntil", ts(o.throttledUntil()));
        p.put("enabled", o.enabled());
        p.put("createdAt", ts(o.createdAt()));
        p.put("pwdAt", ts(o.passwordChangedAt()));
        p.put("zone", o.zone() == null ? null : o.zone().getId());
        return p;
    }

    private static @Nullable Timestamp ts(@Nullable Instant instant) {
        return instant == null ? null : Timestamp.from(instant);
    }

    private static @Nullable Instant instant(ResultSet rs, String column) throws SQLException {
        var value = rs.getTimestamp(column);
        return value == null ? null : value.toInstant();
    }

    private static Officer map(ResultSet rs, int row) throws SQLException {
        Array array = rs.getArray("roles");
        var roles = EnumSet.noneOf(Role.class);
        for (Object role : (Object[]) array.getArray()) {
            roles.add(Role.valueOf((String) role));
        }
        return new Officer(new OfficerId(rs.getObject("id", UUID.class)), rs.getString("username"),
                rs.getString("display_name"), rs.getString("display_name_latin"), rs.getString("agency_id"), roles,
                rs.getString("password_hash"), rs.getString("totp_secret"), rs.getLong("totp_last_step"),
                instant(rs, "mfa_enrolled_at"), rs.getInt("failed_attempts"), instant(rs, "throttled_until"),
                rs.getBoolean("enabled"), instant(rs, "created_at"), instant(rs, "password_changed_at"),
                rs.getString("time_zone") == null ? null : java.time.ZoneId.of(rs.getString("time_zone")));
    }
}
