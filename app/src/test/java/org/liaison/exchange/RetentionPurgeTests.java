package org.liaison.exchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;
import static org.liaison.exchange.TwoNodes.inboxRows;
import static org.liaison.exchange.TwoNodes.messageOn;
import static org.liaison.exchange.TwoNodes.send;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.liaison.agreements.AgreementRegistry;
import org.liaison.agreements.DataCategory;
import org.liaison.agreements.PolicyQuery;
import org.liaison.agreements.Purpose;
import org.liaison.audit.AuditLog;
import org.liaison.exchange.bundle.BundleVerifyCommand;
import org.liaison.exchange.store.ExchangeMessages;
import org.liaison.exchange.store.MessageContents;
import org.liaison.exchange.trust.Envelopes;
import org.liaison.identity.Role;
import org.liaison.shared.Conflict;

/**
 * Retention on two real nodes (ADR 0011): each keeps a message under its own clause, for the days that clause
 * sets, and erases its payload once they have passed, while the signed receipt, an exported bundle and the audit
 * chain still verify and the envelope's key still refuses a replay. Instead of waiting a year, a test moves a
 * row's date back by exactly its clause's retention, as a clock that many days ahead would see it.
 */
class RetentionPurgeTests {

    static FederationNode kh;
    static FederationNode la;

    @BeforeAll
    static void nodes() {
        kh = TwoNodes.kh();
        la = TwoNodes.la();
    }

    @Test
    void eachNodeKeepsAMessageForTheDaysItsOwnClauseSets() throws Exception {
        var id = send(kh, "KH/MOI", MessageMother.drugNotification("Kept as the clause says"));
        await().atMost(Duration.ofSeconds(20)).until(() -> inboxRows(la, id) == 1);

        for (var node : List.of(kh, la)) {
            var message = messageOn(node, id);
            var decision = node.bean(AgreementRegistry.class).decide(new PolicyQuery(MessageMother.KH_MOI,
                    MessageMother.LA_MPS, DataCategory.DRUG_TRAFFICKING_INFORMATION, Purpose.INVESTIGATION, message.sentAt()));
            var storedAt = node.db().sql("select created_at from exchange_message where id = ?").param(id.value())
                    .query(java.sql.Timestamp.class).single().toInstant();
            assertThat(message.retention().clause()).isEqualTo(String.valueOf(decision.clause()));
            assertThat(message.retention().handling()).isEqualTo(String.valueOf(decision.handling()));
            assertThat(message.retention().days()).isEqualTo(decision.retentionDays());
            assertThat(message.retention().purgeAfter()).isEqualTo(storedAt.plus(Duration.ofDays(decision.retentionDays())));
            assertThat(message.retention().purged()).isFalse();
        }
    }

    @Test
    void aMessagePastItsRetentionIsPurgedOnBothNodesWhileItsEvidenceStillVerifies() throws Exception {
        var photo = new Attachment("suspect.jpg", "image/jpeg", "JPEG bytes of the suspect's face".getBytes());
        var id = send(kh, "KH/MOI", new OutgoingMessage(MessageMother.KH_MOI, MessageMother.LA_MPS, MessageKind.NOTIFICATION,
                DataCategory.DRUG_SEIZURE_REPORT, Purpose.INVESTIGATION, MessageMother.seizure("Seizure: Sok Dara held"),
                null, null, List.of(photo)));
        await().atMost(Duration.ofSeconds(20)).until(() -> messageOn(kh, id).status() == MessageStatus.DELIVERED);
        var bundle = Files.createTempFile("bundle", ".json");
        Files.writeString(bundle, Officers.as("kh.officer", "KH/MOI", () -> kh.bean(Exchange.class).exportBundle(id), Role.OFFICER));
        var before = kh.bean(ExchangeMessages.class).stored(id).orElseThrow();
        var envelope = before.envelope();

        pastRetention(kh, id);
        pastRetention(la, id);

        await().atMost(Duration.ofSeconds(20)).until(() -> messageOn(kh, id).retention().purged() && messageOn(la, id).retention().purged());
        for (var node : List.of(kh, la)) {
            assertThat(node.db().sql("select count(*) from exchange_message where id = ? and envelope is null and subject = ''")
                    .param(id.value()).query(Long.class).single()).isEqualTo(1);
            assertThat(node.db().sql("select filename || ' ' || (content is null) || ' ' || sha256 from exchange_attachment where message_id = ?")
                    .param(id.value()).query(String.class).single()).isEqualTo("file-1 true " + photo.sha256());
            assertThat(messageOn(node, id).category()).isEqualTo(DataCategory.DRUG_SEIZURE_REPORT);
            assertThat(node.db().sql("select count(*) from audit_entry where action = 'MESSAGES_PURGED' and details like ?")
                    .param("%" + id + "%").query(Long.class).single()).isEqualTo(1);
            assertThat(Officers.as("admin", "KH/MOI", () -> node.bean(AuditLog.class).verify(), Role.ADMIN).ok()).isTrue();
        }
        var kept = kh.bean(ExchangeMessages.class).stored(id).orElseThrow();
        assertThat(kept.sha256()).isEqualTo(before.sha256()).isEqualTo(Attachment.sha256(envelope.getBytes(StandardCharsets.US_ASCII)));
        assertThat(kh.bean(Envelopes.class).openReceipt(kept.receipt(), "LA-1", id.toString(), kept.sha256()).messageId())
                .isEqualTo(id.toString());
        var out = new ByteArrayOutputStream();
        assertThat(BundleVerifyCommand.run(new String[] { bundle.toString() }, new PrintStream(out), System.err)).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8)).startsWith("VALID message " + id);
        assertThatThrownBy(() -> Officers.as("kh.officer", "KH/MOI", () -> kh.bean(Exchange.class).exportBundle(id), Role.OFFICER))
                .isInstanceOf(Conflict.class).hasMessageContaining("purged");
        assertThatThrownBy(() -> la.bean(MessageContents.class).payload(messageOn(la, id))).isInstanceOf(Conflict.class);

        var redelivery = redeliver(envelope, photo);
        assertThat(redelivery.statusCode()).isEqualTo(200);
        assertThat(redelivery.body()).contains("\"duplicate\":true");
        assertThat(inboxRows(la, id)).isEqualTo(1);
        assertThat(messageOn(la, id).retention().purged()).isTrue();
    }

    @Test
    void theMessagePageSaysInLaoWhenTheMessageWillBePurgedAndInKhmerWhenItWas() throws Exception {
        var id = send(kh, "KH/MOI", MessageMother.drugNotification("Page of a kept message"));
        await().atMost(Duration.ofSeconds(20)).until(() -> messageOn(kh, id).status() == MessageStatus.DELIVERED);
        var received = messageOn(la, id).retention();
        var laOfficer = authentication(Officers.officer("la.officer", "LA/MPS", Role.OFFICER));

        var kept = la.mvc().perform(get("/messages/{id}", id).param("lang", "lo").with(laOfficer))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(kept).contains("ເກັບໄວ້ຈົນຮອດ " + day(received.purgeAfter(), "lo", "Asia/Vientiane")
                + " (" + received.clause() + ": ບໍ່ເກີນ " + received.days() + " ມື້)");
        assertThat(kept).doesNotContainPattern("\\d{4}-\\d{2}-\\d{2}T\\d{2}");

        pastRetention(kh, id);
        await().atMost(Duration.ofSeconds(20)).until(() -> messageOn(kh, id).retention().purged());
        var sent = messageOn(kh, id).retention();
        var khOfficer = authentication(Officers.officer("kh.officer", "KH/MOI", Role.OFFICER));
        var purged = kh.mvc().perform(get("/messages/{id}", id).param("lang", "km").with(khOfficer))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(purged).contains("បានលុបនៅថ្ងៃ " + day(sent.purgedAt(), "km", "Asia/Phnom_Penh")
                + " តាម " + sent.clause()).doesNotContain("Page of a kept message");
        var log = kh.mvc().perform(get("/messages").param("q", id.toString()).with(khOfficer))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(log).contains("Purged on " + day(sent.purgedAt(), "en", "Asia/Phnom_Penh") + " under " + sent.clause());
    }

    /** Moves the row's purge date back by its clause's retention: what a clock that many days ahead would see. */
    static void pastRetention(FederationNode node, MessageId id) {
        assertThat(node.db().sql("""
                update exchange_message set purge_after = purge_after - retention_days * interval '1 day'
                where id = ? and retention_days is not null""").param(id.value()).update()).isEqualTo(1);
    }

    private static HttpResponse<String> redeliver(String envelope, Attachment file) throws Exception {
        var body = "{\"envelope\":\"" + envelope + "\",\"attachments\":[{\"sha256\":\"" + file.sha256() + "\",\"content\":\""
                + Base64.getEncoder().encodeToString(file.content()) + "\"}]}";
        try (var client = HttpClient.newHttpClient()) {
            return client.send(HttpRequest.newBuilder(URI.create(la.baseUrl() + "/federation/v1/messages"))
                    .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                    HttpResponse.BodyHandlers.ofString());
        }
    }

    /** The day as the pages write it, in the node's zone (the officers of these tests chose none). */
    private static String day(java.time.Instant instant, String language, String zone) {
        var pattern = language.equals("en") ? "d MMM yyyy" : "d MMMM yyyy";
        return java.time.format.DateTimeFormatter.ofPattern(pattern, Locale.forLanguageTag(language))
                .withZone(java.time.ZoneId.of(zone)).format(instant);
    }
}
