package org.liaison.node.idempotency;

import java.time.Duration;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The idempotency keys clients sent with creating requests, and the answers they got. Every call but
 * {@link #purgeOlderThan} runs in the request's transaction, which is what makes a key and its change one.
 */
@Repository
class IdempotencyKeys {

    private final JdbcClient jdbc;

    IdempotencyKeys(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Claims the key for the current transaction. While another transaction holds it, this waits (on the primary
     * key) until that one ends: false if it committed (the answer is then there to {@link #find}), true if it
     * rolled back or there was none.
     */
    boolean claim(String scope, IdempotencyKey key, String requestHash) {
        return jdbc.sql("insert into idempotency_key (scope, key, request_hash) values (?, ?, ?) on conflict do nothing")
                .params(scope, key.value(), requestHash).update() == 1;
    }

    Optional<StoredAnswer> find(String scope, IdempotencyKey key) {
        return jdbc.sql("""
                        select request_hash, status, content_type, location, body from idempotency_key
                        where scope = ? and key = ? and status is not null""")
                .params(scope, key.value())
                .query((rs, n) -> new StoredAnswer(rs.getString(1), rs.getInt(2), rs.getString(3), rs.getString(4),
                        rs.getBytes(5)))
                .optional();
    }

    void answer(String scope, IdempotencyKey key, StoredAnswer answer) {
        jdbc.sql("update idempotency_key set status = ?, content_type = ?, location = ?, body = ? where scope = ? and key = ?")
                .params(answer.status(), answer.contentType(), answer.location(), answer.body(), scope, key.value())
                .update();
    }

    /** Removes the keys older than the given age, by the database's clock, which every instance shares. */
    int purgeOlderThan(Duration age) {
        return jdbc.sql("delete from idempotency_key where created_at < now() - make_interval(secs => ?)")
                .param((double) age.toSeconds()).update();
    }
}
