package org.liaison.exchange.witness;

import java.sql.Timestamp;
import java.time.Instant;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Per partner, the newest of this node's checkpoints it holds as witness. */
@Repository
class WitnessProgress {

    private final JdbcClient jdbc;

    WitnessProgress(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    long heldBy(String partner) {
        return jdbc.sql("select held_checkpoint_id from exchange_witness_progress where partner_node = ?")
                .param(partner).query(Long.class).optional().orElse(0L);
    }

    void record(String partner, long checkpointId, Instant at) {
        jdbc.sql("""
                insert into exchange_witness_progress (partner_node, held_checkpoint_id, updated_at) values (?, ?, ?)
                on conflict (partner_node) do update set held_checkpoint_id = greatest(
                    exchange_witness_progress.held_checkpoint_id, excluded.held_checkpoint_id), updated_at = excluded.updated_at""")
                .params(partner, checkpointId, Timestamp.from(at)).update();
    }
}
