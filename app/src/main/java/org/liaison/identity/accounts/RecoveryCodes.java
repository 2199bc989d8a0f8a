package org.liaison.identity.accounts;

import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.liaison.identity.OfficerId;
import org.liaison.shared.Sha256;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * One-time recovery codes for an officer who lost their authenticator. Codes carry 80 random bits, so a
 * plain SHA-256 is enough to store them; each can be used once.
 */
@Repository
public class RecoveryCodes {

    static final int COUNT = 10;
    private static final char[] ALPHABET = "abcdefghjkmnpqrstuvwxyz23456789".toCharArray();
    private static final SecureRandom RANDOM = new SecureRandom();

    private final JdbcClient jdbc;

    RecoveryCodes(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Replaces the officer's codes with fresh ones and returns them in clear, to be shown once. */
    public List<String> regenerate(OfficerId officer) {
        jdbc.sql("delete from recovery_code where officer_id = ?").param(officer.value()).update();
        var codes = new ArrayList<String>();
        for (int i = 0; i < COUNT; i++) {
            var code = newCode();
            codes.add(code);
            jdbc.sql("insert into recovery_code (officer_id, code_hash) values (?, ?)")
                    .params(officer.value(), hash(code)).update();
        }
        return codes;
    }

    /** Marks the code used if it is one of the officer's unused codes. */
    public boolean redeem(OfficerId officer, String code, Instant now) {
        var normalised = code.strip().toLowerCase(Locale.ROOT).replace(" ", "");
        return jdbc.sql("update recovery_code set used_at = ? where officer_id = ? and code_hash = ? and used_at is null")
                .params(Timestamp.from(now), officer.value(), hash(normalised)).update() == 1;
    }

    public long remaining(OfficerId officer) {
        return jdbc.sql("select count(*) from recovery_code where officer_id = ? and used_at is null")
                .param(officer.value()).query(Long.class).single();
    }

    public void clear(OfficerId officer) {
        jdbc.sql("delete from recovery_code where officer_id = ?").param(officer.value()).update();
    }

    private static String newCode() {
        var code = new StringBuilder();
        for (int i = 0; i < 16; i++) {
            if (i == 8) {
                code.append('-');
            }
            code.append(ALPHABET[RANDOM.nextInt(ALPHABET.length)]);
        }
        return code.toString();
    }

    private static String hash(String code) {
        return Sha256.hex(code);
    }
}
