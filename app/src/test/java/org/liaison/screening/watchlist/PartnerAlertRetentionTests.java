package org.liaison.screening.watchlist;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;

import org.junit.jupiter.api.Test;
import org.liaison.OfficerContext;
import org.liaison.agreements.AgreementRegistry;
import org.liaison.agreements.DataCategory;
import org.liaison.agreements.PolicyQuery;
import org.liaison.directory.AgencyId;
import org.liaison.exchange.FederationNode;
import org.liaison.exchange.TwoNodes;
import org.liaison.matching.Query;
import org.liaison.node.ThisNode;
import org.liaison.screening.AlertDraft;
import org.liaison.screening.AlertFilter;
import org.liaison.screening.AlertStatus;
import org.liaison.screening.AlertSubject;
import org.liaison.screening.Gender;
import org.liaison.screening.NoticeType;
import org.liaison.screening.Screening;
import org.liaison.screening.Traveller;
import org.liaison.screening.alerts.AlertSharing;
import org.liaison.screening.alerts.Alerts;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * A Lao alert received in Cambodia is kept under the retention of the message that brought it (ADR 0011), its
 * pages say until when, in the officer's language, and once that has passed the purge erases its particulars
 * and the hits on it, and neither this instance nor another one on the same database matches it any more.
 */
class PartnerAlertRetentionTests {

    private static final Query NAME = Query.byName("KEOVILAY BOUNMY");

    @Test
    void aPartnersAlertPastItsRetentionIsErasedWithItsHitsAndNoLongerMatchesOnAnyInstance() throws Exception {
        var kh = TwoNodes.kh();
        var la = TwoNodes.la();
        var issued = asLao(() -> screening(la).issue(new AlertDraft(AlertSubject.PERSON, NoticeType.WANTED_FOR_ARREST, null,
                "Bounmy Keovilay", null, "1979-11-02", "LA", Gender.MALE, "P3391875", null,
                "Timber smuggling across Champasak", "Detain and report the hit", LocalDate.now().plusYears(1), null,
                List.of("KH/MOI")), null));
        await().atMost(Duration.ofSeconds(30)).until(() -> !asKhmerBorder(() ->
                screening(kh).alerts(new AlertFilter(false, null, null, issued.reference()))).isEmpty());
        var alert = asKhmerBorder(() -> screening(kh).alerts(new AlertFilter(false, null, null, issued.reference()))).getFirst();
        var otherInstance = new WatchlistIndex(kh.bean(Alerts.class), kh.bean(Clock.class), kh.bean(ThisNode.class));
        otherInstance.refresh();
        assertThat(otherInstance.byName(NAME, 5, 0.8)).extracting(f -> f.alert().id()).contains(alert.id());
        var hit = asKhmerBorder(() -> screening(kh).screen(Traveller.named("KEOVILAY BOUNMY"), null)).matches().stream()
                .filter(m -> m.reference().equals(issued.reference())).findFirst().orElseThrow().hit();

        var message = kh.bean(Alerts.class).retentionMessage(alert.id()).orElseThrow();
        var retention = asKhmerBorder(() -> screening(kh).retentionOf(alert)).orElseThrow();
        var clause = kh.bean(AgreementRegistry.class).decide(new PolicyQuery(AgencyId.of("LA/MPS"), AgencyId.of("KH/MOI"),
                DataCategory.ALERT, AlertSharing.PURPOSE, Instant.now()));
        assertThat(retention.clause()).isEqualTo(String.valueOf(clause.clause()));
        assertThat(retention.days()).isEqualTo(clause.retentionDays());
        assertThat(page(kh, "/screening/hits/" + hit, "km")).contains("រក្សាទុករហូតដល់ " + day(kh, retention.purgeAfter(), "km")
                + " (" + retention.clause() + "៖ យូរបំផុត " + retention.days() + " ថ្ងៃ)");
        assertThat(page(kh, "/screening/alerts/" + alert.id(), "lo")).contains("ເກັບໄວ້ຈົນຮອດ " + day(kh, retention.purgeAfter(), "lo"));

        kh.db().sql("update exchange_message set purge_after = purge_after - retention_days * interval '1 day' where id = ?")
                .param(message).update();

        await().atMost(Duration.ofSeconds(20)).until(() -> asKhmerBorder(() -> screening(kh).alert(alert.id())).status()
                == AlertStatus.PURGED);
        var purged = asKhmerBorder(() -> screening(kh).alert(alert.id()));
        assertThat(purged.title()).isEqualTo(issued.reference());
        assertThat(List.of(purged.documents(), purged.aliases())).allMatch(List::isEmpty);
        assertThat(purged.dateOfBirth()).isNull();
        assertThat(asKhmerBorder(() -> screening(kh).screen(Traveller.named("KEOVILAY BOUNMY"), null)).matches())
                .noneMatch(m -> m.reference().equals(issued.reference()));
        otherInstance.refresh();
        assertThat(otherInstance.byName(NAME, 5, 0.8)).noneMatch(f -> f.alert().id().equals(alert.id()));
        var erasedHit = asKhmerBorder(() -> screening(kh).hit(hit));
        assertThat(erasedHit.travellerName()).isEmpty();
        assertThat(erasedHit.purgedAt()).isNotNull();
        assertThat(kh.db().sql("select count(*) from audit_entry where action = 'PARTNER_DATA_PURGED' and details like ?")
                .param("%alert:" + alert.id() + "%hit:" + hit + "%").query(Long.class).single()).isEqualTo(1);
        var purgedOn = asKhmerBorder(() -> screening(kh).retentionOf(alert)).orElseThrow().purgedAt();
        assertThat(page(kh, "/screening/alerts/" + alert.id(), "lo")).contains("ລຶບແລ້ວວັນທີ " + day(kh, purgedOn, "lo")
                + " ຕາມ " + retention.clause()).doesNotContain("Bounmy").doesNotContain("Champasak");
    }

    private static String page(FederationNode node, String path, String language) throws Exception {
        var officer = asKhmerBorder(() -> SecurityContextHolder.getContext().getAuthentication());
        return node.mvc().perform(get(path).param("lang", language).with(authentication(officer)))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
    }

    /** A day as the screening pages write it, in the officer's language and the node's zone, whatever the JVM's. */
    private static String day(FederationNode node, Instant instant, String language) {
        return DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.forLanguageTag(language))
                .withZone(node.bean(ThisNode.class).zone()).format(instant);
    }

    private static Screening screening(FederationNode node) {
        return node.bean(Screening.class);
    }

    private static <T> T asLao(Supplier<T> work) {
        return OfficerContext.as("la.officer", "LA/MPS", "OFFICER", work);
    }

    private static <T> T asKhmerBorder(Supplier<T> work) {
        return OfficerContext.as("kh.border", "KH/MOI/GDI", "BORDER_OFFICER", work);
    }
}
