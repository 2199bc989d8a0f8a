package org.liaison.exchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.liaison.agreements.DataCategory;
import org.liaison.agreements.Purpose;
import org.liaison.exchange.bundle.BundleVerifyCommand;
import org.liaison.exchange.store.DeadlineReminders;
import org.liaison.identity.Role;

/** Offline evidence of a delivered message, and reminders before a request's reply-by. */
class BundleAndDeadlineTests {

    @Test
    void anExportedBundleVerifiesWithoutTheNodeAndATamperedOneDoesNot() throws Exception {
        var kh = TwoNodes.kh();
        var id = TwoNodes.send(kh, "KH/MOI", MessageMother.drugRequest("Bundle me"));
        await().atMost(Duration.ofSeconds(20)).until(() -> TwoNodes.messageOn(kh, id).status() == MessageStatus.DELIVERED);
        var bundle = Officers.as("kh.border", "KH/MOI", () -> kh.bean(Exchange.class).exportBundle(id), Role.BORDER_OFFICER);
        var file = Files.createTempFile("bundle", ".json");
        Files.writeString(file, bundle);

        var out = new ByteArrayOutputStream();
        assertThat(BundleVerifyCommand.run(new String[] { file.toString() }, new PrintStream(out), System.err)).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8)).startsWith("VALID message " + id).contains("Bundle me");

        var envelope = bundle.substring(bundle.indexOf("\"envelope\"")).split("\"")[3];
        var payload = envelope.split("\\.")[1];
        var swapped = payload.charAt(10) == 'A' ? 'B' : 'A';
        var forged = envelope.replace(payload, payload.substring(0, 10) + swapped + payload.substring(11));
        Files.writeString(file, bundle.replace(envelope, forged));
        var refused = new ByteArrayOutputStream();
        assertThat(BundleVerifyCommand.run(new String[] { file.toString() }, new PrintStream(refused), System.err)).isEqualTo(1);
        assertThat(refused.toString(StandardCharsets.UTF_8)).startsWith("INVALID");
        assertThat(kh.audited("MESSAGE_BUNDLE_EXPORTED")).isPositive();
    }

    @Test
    void remindsTheRecipientOnceWhenARequestsReplyByIsNear() throws Exception {
        var kh = TwoNodes.kh();
        var la = TwoNodes.la();
        var soon = new OutgoingMessage(MessageMother.KH_MOI, MessageMother.LA_MPS, MessageKind.REQUEST,
                DataCategory.DRUG_TRAFFICKING_INFORMATION, Purpose.INVESTIGATION, MessageMother.payload("Due within the hour"),
                Instant.now().plus(Duration.ofHours(1)), null, List.of());
        var id = TwoNodes.send(kh, "KH/MOI", soon);
        await().atMost(Duration.ofSeconds(20)).until(() -> TwoNodes.inboxRows(la, id) == 1);

        la.bean(DeadlineReminders.class).onSchedule();
        assertThat(la.bean(DeadlineReminders.class).remind()).isZero();
        assertThat(la.db().sql("select count(*) from audit_entry where action = 'REPLY_DEADLINE_NEAR' and subject = ?")
                .param("message:" + id).query(Long.class).single()).isEqualTo(1);
    }
}
