package org.liaison.screening;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.liaison.OfficerContext;
import org.liaison.agreements.DataCategory;
import org.liaison.directory.AgencyId;
import org.liaison.exchange.Exchange;
import org.liaison.exchange.FederationNode;
import org.liaison.exchange.MessageId;
import org.liaison.exchange.MessageKind;
import org.liaison.exchange.OutgoingMessage;
import org.liaison.exchange.TwoNodes;
import org.liaison.screening.alerts.AlertSharing;
import org.liaison.screening.payload.HitNotification;

/**
 * Two real nodes: a Lao alert written in Lao script reaches the Cambodian index, a Cambodian border officer's
 * confirmed hit reaches Laos as a notification, the Lao answer closes it, and the withdrawal stops matches.
 */
class ScreeningAcrossNodesTests {

    private static final String LAO_NAME = "ທອງຄຳ ສີລາວົງ";

    @Test
    void aLaoAlertIsScreenedInCambodiaAndTheConfirmedHitIsReportedAndAnswered() {
        var kh = TwoNodes.kh();
        var la = TwoNodes.la();
        var draft = AlertMother.laoWarrant(LAO_NAME);
        var shared = new AlertDraft(draft.subject(), draft.noticeType(), draft.nameNative(), "Thongkham Silavong", null,
                draft.dateOfBirth(), draft.nationality(), draft.gender(), draft.documents(), null, draft.reason(),
                draft.action(), draft.validUntil(), null, List.of("KH/MOI"));
        var issued = asLao(() -> screening(la).issue(shared, null));

        await().atMost(Duration.ofSeconds(30)).until(() -> !asKhmerBorder(() ->
                screening(kh).alerts(new AlertFilter(false, AlertStatus.ACTIVE, null, issued.reference()))).isEmpty());
        var result = asKhmerBorder(() -> screening(kh).screen(
                new Traveller("SILAVONG THONGKHAM", "1984-03-17", "LA", Gender.MALE, null, null, "Dong Kralor", null), null));
        var match = result.matches().stream().filter(m -> m.reference().equals(issued.reference())).findFirst().orElseThrow();
        assertThat(match.ownAlert()).isFalse();
        assertThat(match.issuingAgency()).isEqualTo(AgencyId.of("LA/MPS"));

        var confirmed = asKhmerBorder(() -> screening(kh).confirm(match.hit(), "Passport P2084417 matches; held"));
        assertThat(confirmed.notice()).isEqualTo(HitNotice.SENT);
        await().atMost(Duration.ofSeconds(30)).until(() -> !asLao(() -> screening(la).reportedHits(issued.id())).isEmpty());
        var report = asLao(() -> screening(la).reportedHits(issued.id())).getFirst();
        assertThat(report.reportingAgency()).isEqualTo(AgencyId.of("KH/MOI/GDI"));
        assertThat(report.checkpoint()).isEqualTo("Dong Kralor");

        asLao(() -> la.bean(Exchange.class).send(new OutgoingMessage(AgencyId.of("LA/MPS"), AgencyId.of("KH/MOI/GDI"),
                MessageKind.REPLY, DataCategory.HIT_NOTIFICATION, AlertSharing.PURPOSE,
                new HitNotification("Re: hit", "Hold him; escort follows", null, null, null, null, null, null, null, null),
                null, new MessageId(report.message()), List.of())));
        await().atMost(Duration.ofSeconds(30)).until(() ->
                asKhmerBorder(() -> screening(kh).hit(match.hit())).notice() == HitNotice.ANSWERED);

        asLao(() -> screening(la).withdraw(issued.id(), "Arrested"));
        await().atMost(Duration.ofSeconds(30)).until(() -> asKhmerBorder(() -> screening(kh).screen(
                Traveller.named("SILAVONG THONGKHAM"), null).matches().stream()
                .noneMatch(m -> m.reference().equals(issued.reference()))));
    }

    private static Screening screening(FederationNode node) {
        return node.bean(Screening.class);
    }

    private static <T> T asLao(java.util.function.Supplier<T> work) {
        return OfficerContext.as("la.officer", "LA/MPS", "OFFICER", work);
    }

    private static <T> T asKhmerBorder(java.util.function.Supplier<T> work) {
        return OfficerContext.as("kh.border", "KH/MOI/GDI", "BORDER_OFFICER", work);
    }
}
