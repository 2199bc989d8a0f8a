package org.liaison.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;

import jakarta.validation.ConstraintViolationException;

import org.junit.jupiter.api.Test;
import org.liaison.OfficerContext;
import org.liaison.exchange.Allowed;
import org.liaison.exchange.FederationNode;
import org.liaison.exchange.TwoNodes;
import org.liaison.shared.Conflict;
import org.liaison.shared.InvalidInput;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;

/**
 * Two real nodes: a Cambodian prosecutor asks the Lao Supreme People's Prosecutor's Office to hear a witness under
 * the offices' 2024 MoU; the Lao office sees the request (its prosecutors, and the investigator they name, and no
 * one else), answers it before the deadline, and the Cambodian office's dashboard counts it answered on time.
 */
class LegalAssistanceAcrossNodesTests {

    private static final String BASIS = "KH-LA-PROS-2024";

    @Test
    void aCambodianProsecutorsRequestIsAnsweredByTheLaoOfficeBeforeTheDeadline() {
        var kh = TwoNodes.kh();
        var la = TwoNodes.la();
        var subject = "Hear the driver of the truck seized at Nong Nokkhian " + UUID.randomUUID();
        var draft = draft(khProsecutor(() -> cases(kh).today()).plusDays(30), subject);

        assertThat(khProsecutor(() -> cases(kh).checkAssistance(draft))).isInstanceOfSatisfying(Allowed.class,
                allowed -> assertThat(allowed.clause().toString()).isEqualTo(BASIS + " art. 5"));
        var sent = khProsecutor(() -> cases(kh).requestAssistance(draft));
        assertThat(sent.sent()).isTrue();
        var ours = sent.request();
        assertThat(ours.status()).isEqualTo(AssistanceStatus.PENDING);
        assertThat(ours.legalBasis()).isEqualTo(BASIS + " art. 5");

        await().atMost(Duration.ofSeconds(30)).until(() -> received(la, subject) != null);
        var theirs = received(la, subject);
        assertThat(theirs.outgoing()).isFalse();
        assertThat(theirs.partner().value()).isEqualTo("KH/SPO");
        assertThat(theirs.kind()).isEqualTo(AssistanceKind.HEAR_WITNESS);
        assertThat(theirs.deadline()).isEqualTo(draft.deadline());
        assertThat(OfficerContext.as("la.officer", "LA/MPS", "OFFICER", () -> cases(la).assistanceRequests()))
                .noneMatch(r -> r.id().equals(theirs.id()));
        assertThatThrownBy(() -> OfficerContext.as("la.analyst", "LA/MPS", "ANALYST", () -> cases(la).assistanceRequests()))
                .isInstanceOf(AccessDeniedException.class);

        laProsecutor(() -> cases(la).nameInvestigators(theirs.id(), List.of("la.officer")));
        assertThat(OfficerContext.as("la.officer", "LA/MPS", "OFFICER", () -> cases(la).assistanceRequest(theirs.id())))
                .extracting(AssistanceRequest::investigators).isEqualTo(List.of("la.officer"));
        assertThatThrownBy(() -> OfficerContext.as("la.officer", "LA/MPS", "OFFICER", () -> cases(la).answerAssistance(
                theirs.id(), new AssistanceAnswer(AssistanceStatus.EXECUTED, "heard")))).isInstanceOf(AccessDeniedException.class);

        var answered = laProsecutor(() -> cases(la).answerAssistance(theirs.id(),
                new AssistanceAnswer(AssistanceStatus.EXECUTED, "The witness was heard in Champasak; the record is attached.")));
        assertThat(answered.sent()).isTrue();
        assertThat(answered.request().answeredOnTime()).isTrue();
        assertThatThrownBy(() -> laProsecutor(() -> cases(la).answerAssistance(theirs.id(),
                new AssistanceAnswer(AssistanceStatus.REFUSED, "again")))).isInstanceOf(Conflict.class);

        await().atMost(Duration.ofSeconds(30)).until(() ->
                khProsecutor(() -> cases(kh).assistanceRequest(ours.id())).status() == AssistanceStatus.EXECUTED);
        var closed = khProsecutor(() -> cases(kh).assistanceRequest(ours.id()));
        assertThat(closed.answeredOnTime()).isTrue();
        assertThat(closed.outcome()).contains("Champasak");
        assertThat(khProsecutor(() -> cases(kh).assistanceDesks())).anySatisfy(desk -> {
            assertThat(desk.partner().value()).isEqualTo("LA/SPPO");
            assertThat(desk.outgoing()).isTrue();
            assertThat(desk.answeredOnTime()).isPositive();
        });
    }

    @Test
    void refusesARequestWithoutALegalBasisOrAPossibleDeadlineAndWritesNothing() {
        var kh = TwoNodes.kh();
        var today = khProsecutor(() -> cases(kh).today());
        var before = rows(kh);
        var good = draft(today.plusDays(10), "Trace the accounts " + UUID.randomUUID());

        assertRefused(kh, with(good, "KH-LA-NONE-2024", "5"), "no agreement KH-LA-NONE-2024");
        assertRefused(kh, with(good, BASIS, "9"), "has no article 9");
        assertRefused(kh, with(good, "KH-LA-SEC-2026", "2.1"), "does not bind KH/SPO and LA/SPPO");
        assertRefused(kh, with(good, "KH-LA-SEC-2022", "2.1"), "is not in force");
        assertRefused(kh, draft(today, good.subject()), "the deadline must lie after today");
        assertRefused(kh, draft(today.plusYears(2), good.subject()), "within a year");
        assertRefused(kh, new AssistanceDraft("KH/SPO", "KH/MOI", AssistanceKind.COLLECT_EVIDENCE, BASIS, "5", null,
                "s", "d", today.plusDays(5), List.of()), "another country's office");
        assertRefused(kh, new AssistanceDraft("KH/SPO", "LA/SPPO", AssistanceKind.COLLECT_EVIDENCE, BASIS, "5",
                UUID.randomUUID(), "s", "d", today.plusDays(5), List.of()), "of yours");
        assertThatThrownBy(() -> khProsecutor(() -> cases(kh).requestAssistance(new AssistanceDraft("KH/SPO", "LA/SPPO",
                null, BASIS, "5", null, " ", "d", today.plusDays(5), List.of("Not A Name")))))
                .isInstanceOf(ConstraintViolationException.class)
                .hasMessageContaining("kind").hasMessageContaining("subject").hasMessageContaining("investigators");
        assertThatThrownBy(() -> OfficerContext.as("kh.officer", "KH/SPO", "OFFICER", () -> cases(kh).requestAssistance(good)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> OfficerContext.as("kh.admin", "KH/MOI", "ADMIN", () -> cases(kh).requestAssistance(good)))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(rows(kh)).isEqualTo(before);
    }

    private static void assertRefused(FederationNode node, AssistanceDraft draft, String why) {
        assertThatThrownBy(() -> khProsecutor(() -> cases(node).requestAssistance(draft)))
                .isInstanceOf(InvalidInput.class).hasMessageContaining(why);
    }

    private static AssistanceDraft draft(java.time.LocalDate deadline, String subject) {
        return new AssistanceDraft("KH/SPO", "LA/SPPO", AssistanceKind.HEAR_WITNESS, BASIS, "5", null, subject,
                "The driver, a Lao national, lives in Champasak; hear him on the consignment's owner.", deadline,
                List.of());
    }

    private static AssistanceDraft with(AssistanceDraft d, String agreement, String article) {
        return new AssistanceDraft(d.office(), d.partner(), d.kind(), agreement, article, d.caseId(), d.subject(),
                d.description(), d.deadline(), d.investigators());
    }

    private static AssistanceRequest received(FederationNode la, String subject) {
        return laProsecutor(() -> cases(la).assistanceRequests().stream().filter(r -> r.subject().equals(subject))
                .findFirst().orElse(null));
    }

    private static long rows(FederationNode node) {
        return node.bean(JdbcClient.class).sql("select count(*) from legal_assistance").query(Long.class).single();
    }

    private static <T> T khProsecutor(Supplier<T> work) {
        return OfficerContext.as("kh.prosecutor", "KH/SPO", "PROSECUTOR", work);
    }

    private static <T> T laProsecutor(Supplier<T> work) {
        return OfficerContext.as("la.prosecutor", "LA/SPPO", "PROSECUTOR", work);
    }

    private static Cases cases(FederationNode node) {
        return node.bean(Cases.class);
    }
}
