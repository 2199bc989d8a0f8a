package org.liaison.prisoners;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Base64;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.liaison.NodeTest;
import org.liaison.OfficerContext;
import org.liaison.agreements.AgreementDraft;
import org.liaison.agreements.AgreementId;
import org.liaison.agreements.AgreementKind;
import org.liaison.agreements.AgreementRegistry;
import org.liaison.agreements.CooperationArea;
import org.liaison.agreements.Party;
import org.liaison.directory.AgencyId;
import org.liaison.prisoners.paper.PapersVerifyCommand;
import org.liaison.shared.InvalidInput;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Thailand runs no node: the Cambodian prison officer plans Thai prisoners home, records the Thai answers given on
 * paper with their scans, and issues the papers as PDFs in a signed bundle that verifies offline; a tampered
 * document or manifest does not.
 */
@NodeTest
class ThaiPapersTests {

    private static final byte[] SCAN = "%PDF-1.4\n% signed answer of the Thai Department of Corrections\n"
            .getBytes(StandardCharsets.US_ASCII);

    @Autowired AgreementRegistry registry;
    @Autowired Prisoners prisoners;
    @Autowired JdbcClient jdbc;
    @Autowired JsonMapper json;
    @TempDir Path dir;
    AgreementId agreement;

    @BeforeEach
    void rulesWithThailand() {
        agreement = AgreementId.of("T-THP-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase());
        OfficerContext.as("kh.admin", "KH/MOI", "ADMIN", () -> {
            registry.register(new AgreementDraft(agreement, AgreementKind.MOU, "Test Thai transfer MoU " + agreement,
                    null, false, List.of(Party.of("KH/MOI/GDP"), Party.of("TH/MOJ/DOC")), null, null, null, null, null,
                    null, "Asia/Phnom_Penh", java.util.Set.of(CooperationArea.PRISONS), null));
            return prisoners.setTransferRules(new TransferRules(agreement, "TH", 6, true, true, false, false,
                    List.of(AgencyId.of("KH/MOI/GDP"), AgencyId.of("TH/MOJ/DOC"))));
        });
    }

    @Test
    void thePapersOfAThaiPlanVerifyOfflineAndATamperedBundleDoesNot() throws Exception {
        var first = register("Somchai Paperson");
        var second = register("Malee Paperson");
        var plan = asPrison(() -> prisoners.createPlan(new PlanDraft("Thai prisoners home", "KH/MOI/GDP",
                agreement.value(), "TH", LocalDate.of(2027, 4, 10), null, List.of(first.id(), second.id()))));
        var transfer = asPrison(() -> {
            var opened = prisoners.openTransfer(first.id(), agreement);
            prisoners.decide(new StepRef(opened.id(), 1), StepDecision.APPROVE, "");
            return prisoners.recordAnswerOnPaper(new StepRef(opened.id(), 2), StepDecision.APPROVE, "",
                    Adaptation.Kind.CONTINUED_ENFORCEMENT, null, "doc-answer.pdf", SCAN);
        });
        assertThat(transfer.status()).isEqualTo(TransferStatus.APPROVED);
        assertThat(transfer.adaptation().kind()).isEqualTo(Adaptation.Kind.CONTINUED_ENFORCEMENT);
        assertThat(transfer.steps().get(1).decidedBy()).endsWith("(on paper)");
        assertThat(jdbc.sql("select count(*) from prisoner_transfer_scan where transfer_id = ?")
                .param(transfer.id().value()).query(Long.class).single()).isEqualTo(1);

        var bundle = asPrison(() -> prisoners.papers(plan.id()));
        var tree = (ObjectNode) json.readTree(bundle);
        assertThat(tree.path("files").propertyNames()).containsExactly("transfer-order-" + transfer.id() + ".pdf",
                "convoy-handover-record.pdf");
        var order = Base64.getDecoder().decode(tree.path("files").path("transfer-order-" + transfer.id() + ".pdf").asString());
        assertThat(new String(order, 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");

        var valid = verify(bundle);
        assertThat(valid.code).isZero();
        assertThat(valid.out).startsWith("VALID papers of \"Thai prisoners home\"").contains("fingerprint");

        order[order.length / 2] ^= 1;
        ((ObjectNode) tree.path("files")).put("transfer-order-" + transfer.id() + ".pdf",
                Base64.getEncoder().encodeToString(order));
        var tampered = verify(json.writeValueAsString(tree));
        assertThat(tampered.code).isEqualTo(1);
        assertThat(tampered.out).contains("INVALID").contains("was changed after signing");

        var manifest = (ObjectNode) json.readTree(bundle);
        var parts = manifest.path("manifest").asString().split("\\.");
        var forged = new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8).replace("Thai prisoners home", "Other prisoners");
        manifest.put("manifest", parts[0] + "." + Base64.getUrlEncoder().withoutPadding()
                .encodeToString(forged.getBytes(StandardCharsets.UTF_8)) + "." + parts[2]);
        assertThat(verify(json.writeValueAsString(manifest)).code).isEqualTo(1);
        assertThat(jdbc.sql("select count(*) from audit_entry where action = 'PAPERS_ISSUED' and subject = ?")
                .param("plan:" + plan.id()).query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void aPaperAnswerNeedsAScanAndOnlyAPartnersStepIsAnsweredOnPaper() {
        var prisoner = register("Somsak Paperson");
        var opened = asPrison(() -> prisoners.openTransfer(prisoner.id(), agreement));
        assertThatThrownBy(() -> asPrison(() -> prisoners.recordAnswerOnPaper(new StepRef(opened.id(), 1),
                StepDecision.APPROVE, "", null, null, "answer.txt", "not a scan".getBytes(StandardCharsets.UTF_8))))
                .isInstanceOf(InvalidInput.class);
        asPrison(() -> prisoners.decide(new StepRef(opened.id(), 1), StepDecision.APPROVE, ""));
        assertThatThrownBy(() -> asPrison(() -> prisoners.recordAnswerOnPaper(new StepRef(opened.id(), 2),
                StepDecision.APPROVE, "", null, null, "answer.txt", "not a scan".getBytes(StandardCharsets.UTF_8))))
                .isInstanceOf(InvalidInput.class);
        var refused = asPrison(() -> prisoners.recordAnswerOnPaper(new StepRef(opened.id(), 2), StepDecision.REFUSE,
                "Thai law does not allow conversion of this sentence", null, null, "refusal.pdf", SCAN));
        assertThat(refused.status()).isEqualTo(TransferStatus.REFUSED);
    }

    private record Run(int code, String out) {
    }

    private Run verify(String bundle) throws Exception {
        var file = Files.writeString(dir.resolve("papers-" + UUID.randomUUID() + ".json"), bundle);
        var out = new ByteArrayOutputStream();
        var code = PapersVerifyCommand.run(new String[] { file.toString() }, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));
        return new Run(code, out.toString(StandardCharsets.UTF_8));
    }

    private Prisoner register(String name) {
        return asPrison(() -> prisoners.register(new PrisonerDraft("KH/MOI/GDP", "Correctional Centre 1", name, null, null,
                "TH", Sex.MALE, LocalDate.of(1983, 5, 30), List.of(), List.of(new Offence("Drug trafficking",
                "Law on Drug Control", "40")), LocalDate.of(2024, 3, 1), 6, 0, 0, 0, 0, 0, 0, null, null, true, false,
                Consent.GIVEN, false, null, null, null, null)));
    }

    private static <T> T asPrison(Supplier<T> work) {
        return OfficerContext.as("gdp.papers", "KH/MOI/GDP", "PRISON_OFFICER", work);
    }
}
