package org.liaison.audit.verifier;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;
import java.sql.Timestamp;
import java.text.ParseException;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import javax.sql.DataSource;

import com.nimbusds.jose.jwk.Curve;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.gen.ECKeyGenerator;
import org.junit.jupiter.api.Test;
import org.liaison.NodeTest;
import org.liaison.audit.AuditAction;
import org.liaison.audit.AuditEntry;
import org.liaison.audit.AuditQuery;
import org.liaison.audit.AuditTrail;
import org.liaison.audit.CheckpointKeys;
import org.liaison.audit.Verification.Kind;
import org.liaison.audit.Verification;
import org.liaison.audit.chain.AuditEntries;
import org.liaison.audit.chain.CheckpointSigner;
import org.liaison.audit.chain.CheckpointStatement;
import org.liaison.node.NodeKeys;
import org.liaison.node.database.TestDatabases;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * An attacker with the database's superuser password switches the append-only triggers off, changes the log
 * and switches them on again. Each attack runs in a transaction that the verifier reads through the same connection and that
 * is rolled back afterwards, so the shared chain stays intact for the other tests.
 */
@NodeTest
class TamperDetectionTests {

    @Autowired AuditTrail trail;
    @Autowired AuditEntries entries;
    @Autowired CheckpointSigner checkpoints;
    @Autowired NodeKeys keys;
    @Autowired DataSource dataSource;
    @Autowired PlatformTransactionManager transactions;
    @Autowired ApplicationContext context;

    @Test
    void anIntactChainVerifiesWithItsCheckpoints() {
        appendThree();
        checkpoints.checkpointIfHeadMoved();
        var result = new ChainVerifier(dataSource, nodeKey()).verify();
        assertThat(result.ok()).isTrue();
        assertThat(result.signaturesChecked()).isTrue();
        assertThat(result.checkpointsChecked()).isPositive();
    }

    @Test
    void detectsAnEditedFieldAtThatEntry() {
        var e = appendThree();
        var problem = attack(db -> db.sql("update audit_entry set details = 'nothing happened' where seq = ?")
                .param(e.get(1).seq()).update());
        assertThat(problem).extracting("seq", "kind").containsExactly(e.get(1).seq(), Kind.TAMPERED);
    }

    @Test
    void detectsAnEditedAndRehashedEntryAtTheNextEntry() {
        var e = appendThree();
        var middle = e.get(1);
        var forged = new AuditEntry(middle.seq(), middle.occurredAt(), "mallory", middle.agency(), middle.action(),
                middle.subject(), middle.outcome(), middle.requestId(), middle.details(), middle.prevHash(), "");
        var problem = attack(db -> db.sql("update audit_entry set actor = 'mallory', hash = ? where seq = ?")
                .param(forged.computedHash()).param(middle.seq()).update());
        assertThat(problem).extracting("seq", "kind").containsExactly(e.get(2).seq(), Kind.BROKEN_LINK);
    }

    @Test
    void detectsADeletedEntryAsMissing() {
        var e = appendThree();
        var problem = attack(db -> db.sql("delete from audit_entry where seq = ?").param(e.get(1).seq()).update());
        assertThat(problem).extracting("seq", "kind").containsExactly(e.get(1).seq(), Kind.MISSING);
    }

    @Test
    void detectsAForgedEntryInsertedWithShiftedSeqsAsABrokenLink() {
        var e = appendThree();
        long at = e.get(1).seq();
        var forged = ChainWalkTests.entry(at, e.get(1).occurredAt(), e.get(0).hash());
        var problem = attack(db -> {
            db.sql("update audit_entry set seq = -seq where seq >= ?").param(at).update();
            db.sql("update audit_entry set seq = 1 - seq where seq < 0").update();
            insert(db, forged);
        });
        assertThat(problem).extracting("seq", "kind").containsExactly(at + 1, Kind.BROKEN_LINK);
    }

    @Test
    void detectsTwoEntriesWithSwappedSeqs() {
        var e = appendThree();
        long a = e.get(0).seq();
        long b = e.get(1).seq();
        var problem = attack(db -> {
            db.sql("update audit_entry set seq = -1 where seq = ?").param(a).update();
            db.sql("update audit_entry set seq = ? where seq = ?").param(a).param(b).update();
            db.sql("update audit_entry set seq = ? where seq = -1").param(b).update();
        });
        assertThat(problem).extracting("seq", "kind").containsExactly(a, Kind.BROKEN_LINK);
    }

    @Test
    void detectsDeletedNewestEntriesThroughTheSignedCheckpoint() {
        var e = appendThree();
        checkpoints.checkpointIfHeadMoved(); // unless the scheduled job signed this head already
        var problem = attack(db -> db.sql("delete from audit_entry where seq >= ?").param(e.get(1).seq()).update());
        assertThat(problem).extracting("seq", "kind").containsExactly(e.get(1).seq(), Kind.TRUNCATED);
    }

    @Test
    void detectsAForgedCheckpointSignature() throws Exception {
        var e = appendThree();
        var otherKey = new ECKeyGenerator(Curve.P_256).keyID("mallory").generate();
        var at = Instant.now().truncatedTo(java.time.temporal.ChronoUnit.MICROS);
        var jws = new com.nimbusds.jose.JWSObject(new com.nimbusds.jose.JWSHeader(com.nimbusds.jose.JWSAlgorithm.ES256),
                new com.nimbusds.jose.Payload(CheckpointStatement.bytes(e.get(2).seq(), e.get(2).hash(), at)));
        jws.sign(new com.nimbusds.jose.crypto.ECDSASigner(otherKey));
        var problem = attack(db -> db.sql("""
                insert into audit_checkpoint (seq, hash, signed_at, key_id, signature) values (?, ?, ?, ?, ?)""")
                .params(e.get(2).seq(), e.get(2).hash(), Timestamp.from(at), keys.active().kid(), jws.serialize()).update());
        assertThat(problem).extracting("seq", "kind").containsExactly(e.get(2).seq(), Kind.BAD_CHECKPOINT_SIGNATURE);
    }

    @Test
    void detectsABackdatedEntryAsOutOfOrder() {
        var e = appendThree();
        var head = e.get(2);
        var backdated = ChainWalkTests.entry(head.seq() + 1, head.occurredAt().minusSeconds(3600), head.hash());
        var problem = attack(db -> insert(db, backdated));
        assertThat(problem).extracting("seq", "kind").containsExactly(head.seq() + 1, Kind.OUT_OF_ORDER);
    }

    /** Three entries in one transaction: a scheduled checkpoint can only ever land on the last of them. */
    private List<AuditEntry> appendThree() {
        var subject = "case:" + UUID.randomUUID();
        new TransactionTemplate(transactions).executeWithoutResult(tx -> {
            trail.record(AuditAction.USER_CREATED, subject, "one");
            trail.record(AuditAction.USER_UPDATED, subject, "two");
            trail.record(AuditAction.USER_DISABLED, subject, "three");
        });
        return entries.search(new AuditQuery(null, null, null, null, subject, null, null), 0, 10).entries().reversed();
    }

    /** As the database's superuser: the node's own role may not switch the triggers off (DatabaseRolesTests). */
    private Verification.Problem attack(java.util.function.Consumer<JdbcClient> tampering) {
        try (var connection = TestDatabases.superuser(context).getConnection()) {
            connection.setAutoCommit(false);
            try {
                var attacker = new SingleConnectionDataSource(connection, true);
                var db = JdbcClient.create(attacker);
                db.sql("alter table audit_entry disable trigger user").update();
                tampering.accept(db);
                db.sql("alter table audit_entry enable trigger user").update();
                var result = new ChainVerifier(attacker, nodeKey()).verify();
                assertThat(result.ok()).as("verification after tampering").isFalse();
                return result.firstProblem();
            } finally {
                connection.rollback();
                connection.setAutoCommit(true);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void insert(JdbcClient db, AuditEntry e) {
        db.sql("""
                insert into audit_entry (seq, occurred_at, actor, agency, action, subject, outcome, request_id,
                                         details, prev_hash, hash) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(e.seq(), Timestamp.from(e.occurredAt()), e.actor(), e.agency(), e.action(), e.subject(),
                        e.outcome().name(), e.requestId(), e.details(), e.prevHash(), e.hash())
                .update();
    }

    private CheckpointKeys nodeKey() {
        return CheckpointKeys.ofNode(keys.all(), "the node's key set");
    }
}
