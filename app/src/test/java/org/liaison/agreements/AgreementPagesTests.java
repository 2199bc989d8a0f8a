package org.liaison.agreements;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.Locale;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.liaison.MockMvcs;
import org.liaison.NodeTest;
import org.liaison.WithOfficer;
import org.liaison.agreements.pressrelease.PressReleaseReaderTests;
import org.liaison.shared.NodeTask;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.context.WebApplicationContext;

@NodeTest
@WithOfficer(username = "admin.kh", roles = "ADMIN", agency = "KH/MOI")
class AgreementPagesTests {

    MockMvc mvc;
    @Autowired AgreementRegistry registry;
    @Autowired JdbcClient jdbc;

    @BeforeEach
    void setUp(WebApplicationContext context) {
        mvc = MockMvcs.withSecurity(context);
        NodeTask.run("test", () -> {
            if (registry.find(new AgreementFilter("P-PAGES-1", null, null, null)).isEmpty()) {
                var id = AgreementId.of("P-PAGES-1");
                registry.register(AgreementMother.draft(id.value(), "KH/MOI", "LA/MPS"));
                registry.addClause(id, AgreementMother.drugClause("KH/MOI", "LA/MPS"));
                registry.changeStatus(id, AgreementStatus.SIGNED, null, null);
                registry.changeStatus(id, AgreementStatus.IN_FORCE, null, null);
            }
        });
    }

    @Test
    void removingAClauseOfAnAgreementInForceAsksWhyAndAuditsTheReason() throws Exception {
        var id = AgreementId.of("P-PAGES-CLAUSE");
        NodeTask.run("test", () -> {
            registry.register(AgreementMother.draft(id.value(), "KH/MOI", "LA/MPS"));
            registry.addClause(id, AgreementMother.drugClause("KH/MOI", "LA/MPS"));
            registry.changeStatus(id, AgreementStatus.SIGNED, null, null);
            registry.changeStatus(id, AgreementStatus.IN_FORCE, null, null);
        });
        mvc.perform(get("/agreements/" + id.value())).andExpect(status().isOk())
                .andExpect(content().string(containsString("/clauses/remove?article=2.1")));
        mvc.perform(get("/agreements/" + id.value() + "/clauses/remove").param("article", "2.1")
                        .locale(Locale.forLanguageTag("km")))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("name=\"reason\""), containsString("លុបប្រការ 2.1"))));

        mvc.perform(post("/agreements/" + id.value() + "/clauses/remove").with(csrf()).param("article", "2.1")
                        .param("reason", "  "))
                .andExpect(status().isOk()).andExpect(content().string(containsString("Say why the clause is removed.")));
        NodeTask.run("test", () -> org.assertj.core.api.Assertions.assertThat(registry.agreement(id).clauses())
                .as("refused without a reason").hasSize(1));

        mvc.perform(post("/agreements/" + id.value() + "/clauses/remove").with(csrf()).param("article", "2.1")
                        .param("reason", "Superseded by the 2027 protocol"))
                .andExpect(status().is3xxRedirection()).andExpect(redirectedUrl("/agreements/" + id.value()));
        NodeTask.run("test", () -> org.assertj.core.api.Assertions.assertThat(registry.agreement(id).clauses()).isEmpty());
        org.assertj.core.api.Assertions.assertThat(jdbc.sql("""
                        select details from audit_entry where action = 'SHARING_CLAUSE_REMOVED' and subject like ?""")
                        .param("%P-PAGES-CLAUSE%").query(String.class).list())
                .containsExactly("removed: Superseded by the 2027 protocol");
    }

    @Test
    void theListExportsAsCsvAndXlsxWithTranslatedColumnsRealDatesAndAnAuditEntry() throws Exception {
        var csv = mvc.perform(get("/agreements/export.csv").param("q", "P-PAGES-1").locale(Locale.forLanguageTag("vi")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
        org.assertj.core.api.Assertions.assertThat(csv).contains("Trạng thái").contains("P-PAGES-1");

        var xlsx = mvc.perform(get("/agreements/export.xlsx").param("q", "P-PAGES-1"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        try (var book = new org.apache.poi.xssf.usermodel.XSSFWorkbook(new java.io.ByteArrayInputStream(xlsx))) {
            var sheet = book.getSheetAt(0);
            org.assertj.core.api.Assertions.assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo("Reference");
            var row = sheet.getRow(1);
            org.assertj.core.api.Assertions.assertThat(row.getCell(0).getStringCellValue()).isEqualTo("P-PAGES-1");
            var signed = row.getCell(5);
            org.assertj.core.api.Assertions.assertThat(signed == null
                    || org.apache.poi.ss.usermodel.DateUtil.isCellDateFormatted(signed)).as("a real date").isTrue();
        }
        org.assertj.core.api.Assertions.assertThat(jdbc.sql(
                        "select count(*) from audit_entry where action = 'AGREEMENTS_EXPORTED' and details like 'format=xlsx rows=1 %'")
                .query(Long.class).single()).isPositive();
    }

    @Test
    void listsAgreementsAsAPageAndAsRowsForHtmx() throws Exception {
        mvc.perform(get("/agreements")).andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("<html"), containsString("P-PAGES-1"),
                        containsString("hx-target=\"#agreement-rows\""), containsString("name=\"party\""),
                        containsString("Register an agreement"), not(containsString("agreement-filters")))));
        mvc.perform(get("/agreements").param("q", "P-PAGES").header("HX-Request", "true")).andExpect(status().isOk())
                .andExpect(content().string(allOf(not(containsString("<html")), containsString("P-PAGES-1"),
                        not(containsString("No agreements match.")))));
        mvc.perform(get("/agreements").param("q", "P-NO-SUCH").header("HX-Request", "true")).andExpect(status().isOk())
                .andExpect(content().string(allOf(not(containsString("P-PAGES-1")),
                        containsString("<td colspan=\"5\"><p class=\"empty\">No agreements match.</p></td>"))));
    }

    @Test
    @WithOfficer(username = "officer.kh", roles = "BORDER_OFFICER", agency = "KH/MOI")
    void offersRegistrationOnlyToThoseWhoMayRegister() throws Exception {
        mvc.perform(get("/agreements")).andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("P-PAGES-1"), not(containsString("Register an agreement")))));
        mvc.perform(post("/agreements/extract").with(csrf()).param("text", PressReleaseReaderTests.seed("002_")))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("Chea Leang"), not(containsString("/agreements/new")))));
    }

    @Test
    void showsAnAgreementWithItsClausesInTheOfficersLanguage() throws Exception {
        mvc.perform(get("/agreements/P-PAGES-1").locale(Locale.forLanguageTag("km"))).andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("2.1"), containsString("KH/MOI ↔ LA/MPS"))));
    }

    @Test
    void theSimulatorExplainsAnAllowAndADeny() throws Exception {
        mvc.perform(get("/agreements/policy").header("HX-Request", "true").param("sender", "KH/MOI/GDP")
                        .param("recipient", "LA/MPS").param("category", "DRUG_TRAFFICKING_INFORMATION")
                        .param("purpose", "INVESTIGATION").param("at", "2026-06-01T10:00").param("zone", "Asia/Vientiane"))
                .andExpect(status().isOk()).andExpect(content().string(containsString("P-PAGES-1 art. 2.1")));
        mvc.perform(get("/agreements/policy").header("HX-Request", "true").param("sender", "KH/MOI")
                        .param("recipient", "LA/MPS").param("category", "PRISONER_RECORD")
                        .param("purpose", "INVESTIGATION").param("at", "2026-06-01T10:00"))
                .andExpect(status().isOk()).andExpect(content().string(allOf(containsString("badge bad"),
                        containsString(" covers KH/MOI → LA/MPS for "), containsString(", not for Prisoner record."),
                        not(containsString("PRISONER_RECORD")))));
    }

    @Test
    void theSimulatorExplainsInTheOfficersLanguageWithoutRawCodes() throws Exception {
        var khmer = mvc.perform(get("/agreements/policy").header("HX-Request", "true").param("sender", "KH/MOI")
                        .param("recipient", "LA/MPS").param("category", "PRISONER_RECORD")
                        .param("purpose", "INVESTIGATION").param("at", "2026-06-01T10:00").locale(Locale.forLanguageTag("km")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        var allowed = mvc.perform(get("/agreements/policy").header("HX-Request", "true").param("sender", "KH/MOI")
                        .param("recipient", "LA/MPS").param("category", "DRUG_TRAFFICKING_INFORMATION")
                        .param("purpose", "INVESTIGATION").param("at", "2026-06-01T10:00").locale(Locale.forLanguageTag("lo")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();

        assertThat(khmer).contains(" មាត្រា ", " គ្របដណ្ដប់ KH/MOI → LA/MPS សម្រាប់ ", "មិនមែនសម្រាប់ កំណត់ត្រាអ្នកទោស ទេ។")
                .doesNotContain("PRISONER_RECORD", "covers");
        assertThat(allowed).contains("ອະນຸຍາດໂດຍ ", " ມາດຕາ ").doesNotContain("Allowed by", "AMBER_STRICT");
    }

    @Test
    void aFormWithBadInputComesBackWithMessagesAndSavesNothing() throws Exception {
        mvc.perform(post("/agreements/new").with(csrf()).param("id", "P-FORM-1").param("kind", "MOU").param("title", "")
                        .param("parties", "KH/MOI").param("validFrom", "2026-05-01").param("validUntil", "2026-04-01")
                        .param("timeZone", "Asia/Phnom_Penh"))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("class=\"error\""), not(containsString("Exception")))));
        mvc.perform(post("/agreements/new").with(csrf()).param("id", "P-FORM-2").param("kind", "MOU")
                        .param("title", "MoU on wildlife").param("parties", "KH/MOI", "LA/MPS")
                        .param("validFrom", "not-a-date").param("timeZone", "Asia/Phnom_Penh"))
                .andExpect(status().isOk()).andExpect(content().string(containsString("class=\"error\"")));
        mvc.perform(get("/agreements/P-FORM-1")).andExpect(status().isNotFound());
    }

    @Test
    void theRegistrysRefusalsAreSaidInTheOfficersLanguage() throws Exception {
        mvc.perform(post("/agreements/new").with(csrf()).param("id", "P-PAGES-1").param("kind", "MOU")
                        .param("title", "A second P-PAGES-1").param("parties", "KH/MOI", "LA/MPS")
                        .param("coversYear", "2026").param("timeZone", "Asia/Phnom_Penh")
                        .locale(Locale.forLanguageTag("lo")))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("ສັນຍາ P-PAGES-1 ໄດ້ລົງທະບຽນແລ້ວ."),
                        not(containsString("is already registered")))));
        mvc.perform(post("/agreements/P-PAGES-1/status").with(csrf()).param("status", "DRAFT")
                        .locale(Locale.forLanguageTag("km")))
                .andExpect(redirectedUrl("/agreements/P-PAGES-1"))
                .andExpect(flash().attribute("formError", "កិច្ចព្រមព្រៀងដែលមានស្ថានភាព ចូលជាធរមាន មិនអាចប្ដូរទៅជា សេចក្ដីព្រាង បានទេ។"));
        mvc.perform(post("/agreements/P-PAGES-1/clauses").with(csrf()).param("article", "")
                        .locale(Locale.forLanguageTag("vi")))
                .andExpect(flash().attribute("formError", org.hamcrest.Matchers.startsWith("Hãy kiểm tra các trường sau: ")));
    }

    @Test
    void registersFromTheFormAndRedirectsToTheAgreement() throws Exception {
        mvc.perform(post("/agreements/new").with(csrf()).param("id", "P-FORM-3").param("kind", "MOU")
                        .param("title", "MoU on wildlife crime").param("parties", "KH/MOI", "LA/MPS")
                        .param("coversYear", "2026").param("timeZone", "Asia/Phnom_Penh").param("areas", "WILDLIFE_CRIME"))
                .andExpect(redirectedUrl("/agreements/P-FORM-3"));
    }

    @Test
    void readsAPressReleaseAndMarksWhatItFound() throws Exception {
        mvc.perform(post("/agreements/extract").with(csrf()).param("text", PressReleaseReaderTests.seed("002_")))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("<mark class=\"finding person\""),
                        containsString("Chea Leang"), containsString("LA/SPPO"), containsString("/agreements/extract/register"))));
    }

    @Test
    void theApiDecidesAndRefusesBadInputAsProblemJson() throws Exception {
        mvc.perform(post("/api/v1/policy/decisions").with(csrf()).contentType(MediaType.APPLICATION_JSON).content("""
                        {"sender":"KH/MOI","recipient":"LA/MPS","category":"DRUG_TRAFFICKING_INFORMATION",
                         "purpose":"INVESTIGATION","at":"2026-06-01T03:00:00Z"}"""))
                .andExpect(status().isOk()).andExpect(jsonPath("$.allowed").value(true))
                .andExpect(jsonPath("$.clause.agreement").value("P-PAGES-1"));
        mvc.perform(post("/api/v1/agreements").with(csrf()).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"id\":\"bad id\",\"kind\":\"MOU\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
    }
}
