package org.liaison.agreements;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.liaison.MockMvcs;
import org.liaison.NodeTest;
import org.liaison.OfficerContext;
import org.liaison.shared.NodeTask;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.Authentication;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.web.context.WebApplicationContext;

/**
 * Who learns what from the policy decision API and the simulator page about two restricted agreements:
 * T-VEILED-1 (in force, TH/MOJ/DOC → VN/MPS/C10) and T-VEILED-2 (a draft, TH/RTP/IMM → VN/MND/BG). Their
 * parties' officers and administrators see them; an officer over the sending agency who is no party learns the
 * verdict only; an officer with no reach over the sender is refused.
 */
@NodeTest
class PolicyDisclosureTests {

    /** Anything in a body that would name, quote or describe one of the two agreements. */
    private static final List<String> SECRETS = List.of("T-VEILED", "veiled", "art. 7.3", "art. 9.9", "1111",
            "\"article\"");

    MockMvc mvc;
    @Autowired AgreementRegistry registry;
    @Autowired JdbcClient jdbc;

    @BeforeEach
    void setUp(WebApplicationContext context) {
        mvc = MockMvcs.withSecurity(context);
        NodeTask.run("test", () -> {
            if (registry.find(new AgreementFilter("T-VEILED-1", null, null, null)).isEmpty()) {
                restricted("T-VEILED-1", "TH/MOJ/DOC", "VN/MPS/C10", "7.3", true);
                restricted("T-VEILED-2", "TH/RTP/IMM", "VN/MND/BG", "9.9", false);
            }
        });
    }

    @ParameterizedTest(name = "{1} of {0} asks {2} → {3} ({4}): {5}")
    @CsvSource(delimiter = '|', textBlock = """
            TH/MOJ/DOC | OFFICER        | TH/MOJ/DOC | VN/MPS/C10 | CASE_SUMMARY    | SHOWN   | allowed | T-VEILED-1
            KH/MOI     | ADMIN          | TH/MOJ/DOC | VN/MPS/C10 | CASE_SUMMARY    | SHOWN   | allowed | T-VEILED-1
            TH/MOJ     | OFFICER        | TH/MOJ/DOC | VN/MPS/C10 | CASE_SUMMARY    | HIDDEN  | allowed |
            TH/MOJ     | OFFICER        | TH/MOJ/DOC | VN/MPS/C10 | PRISONER_RECORD | HIDDEN  | NO_AGREEMENT |
            TH/MOJ/DOC | OFFICER        | TH/MOJ/DOC | VN/MPS/C10 | PRISONER_RECORD | SHOWN   | CATEGORY_NOT_COVERED | T-VEILED-1
            KH/MOI/GDI | BORDER_OFFICER | TH/MOJ/DOC | VN/MPS/C10 | CASE_SUMMARY    | REFUSED | |
            VN/MPS/C10 | OFFICER        | TH/MOJ/DOC | VN/MPS/C10 | CASE_SUMMARY    | REFUSED | |
            TH/RTP/IMM | OFFICER        | TH/RTP/IMM | VN/MND/BG  | CASE_SUMMARY    | SHOWN   | NOT_IN_FORCE | T-VEILED-2
            TH/RTP     | OFFICER        | TH/RTP/IMM | VN/MND/BG  | CASE_SUMMARY    | HIDDEN  | NO_AGREEMENT |
            VN/MND     | OFFICER        | VN/MND/BG  | TH/RTP/IMM | CASE_SUMMARY    | HIDDEN  | NO_AGREEMENT |
            VN/MND/BG  | OFFICER        | VN/MND/BG  | TH/RTP/IMM | CASE_SUMMARY    | SHOWN   | DIRECTION_NOT_COVERED |
            """)
    void revealsARestrictedAgreementOnlyToThoseWhoMaySeeIt(String agency, String role, String sender, String recipient,
                                                          DataCategory category, String disclosure, String verdict,
                                                          String reference) throws Exception {
        var asker = OfficerContext.authentication(username(agency, role), agency, role);

        var api = decide(asker, sender, recipient, category);
        var page = mvc.perform(get("/agreements/policy").with(authentication(asker)).param("sender", sender)
                        .param("recipient", recipient).param("category", category.name()).param("purpose", "PROSECUTION")
                        .param("at", "2026-06-01T10:00").param("zone", "Asia/Bangkok").locale(Locale.ENGLISH))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();

        switch (disclosure) {
            case "REFUSED" -> {
                api.andExpect(status().isForbidden());
                assertThat(page).contains("You can ask only about data that your agency, or an agency under it, sends.")
                        .doesNotContain("badge ok", "badge bad");
                var subject = "policy:" + sender + " → " + recipient;
                assertThat(refusals(username(agency, role))).as("the API call and the page").containsExactly(subject, subject);
            }
            case "HIDDEN" -> {
                api.andExpect(status().isOk()).andExpect(jsonPath("$.clause").doesNotExist())
                        .andExpect(jsonPath("$.retentionDays").doesNotExist())
                        .andExpect(jsonPath("$.withheld").value(verdict.equals("allowed")));
                expectVerdict(api, verdict);
                if (verdict.equals("allowed")) {
                    api.andExpect(jsonPath("$.handling").value("RED"));
                    assertThat(page).contains("Allowed by an agreement you may not see.");
                }
            }
            default -> {
                api.andExpect(status().isOk()).andExpect(jsonPath("$.withheld").value(false));
                expectVerdict(api, verdict);
                if (reference != null) {
                    api.andExpect(jsonPath("$.clause.agreement").value(reference));
                    assertThat(page).contains(reference);
                }
            }
        }
        if (!disclosure.equals("SHOWN")) {
            var body = api.andReturn().getResponse().getContentAsString();
            assertThat(List.of(body.toLowerCase(Locale.ROOT), page.toLowerCase(Locale.ROOT)))
                    .allSatisfy(text -> assertThat(text).doesNotContain(SECRETS.stream()
                            .map(s -> s.toLowerCase(Locale.ROOT)).toArray(String[]::new)));
        }
    }

    @ParameterizedTest(name = "{1} of {0} is offered {2} as a sender: {3}")
    @CsvSource(delimiter = '|', textBlock = """
            KH/MOI/GDI | BORDER_OFFICER | KH/MOI/GDI | true
            KH/MOI/GDI | BORDER_OFFICER | TH/MOJ/DOC | false
            KH/MOI/GDI | BORDER_OFFICER | KH/MOI     | false
            TH/MOJ     | OFFICER        | TH/MOJ/DOC | true
            KH/MOI     | ADMIN          | TH/MOJ/DOC | true
            """)
    void theSimulatorOffersOnlySendersInTheOfficersReach(String agency, String role, String sender, boolean offered)
            throws Exception {
        var page = mvc.perform(get("/agreements/policy").with(authentication(OfficerContext.authentication(
                username(agency, role), agency, role)))).andReturn().getResponse().getContentAsString();
        var senders = page.substring(page.indexOf("id=\"sender\""), page.indexOf("id=\"recipient\""));

        assertThat(senders.contains("value=\"" + sender + "\"")).isEqualTo(offered);
    }

    private ResultActions decide(Authentication asker, String sender, String recipient, DataCategory category)
            throws Exception {
        return mvc.perform(post("/api/v1/policy/decisions").with(authentication(asker)).with(csrf())
                .contentType(MediaType.APPLICATION_JSON).content("""
                        {"sender":"%s","recipient":"%s","category":"%s","purpose":"PROSECUTION",
                         "at":"2026-06-01T03:00:00Z"}""".formatted(sender, recipient, category)));
    }

    private static void expectVerdict(ResultActions api, String verdict) throws Exception {
        if (verdict.equals("allowed")) {
            api.andExpect(jsonPath("$.allowed").value(true)).andExpect(jsonPath("$.reason").doesNotExist());
        } else {
            api.andExpect(jsonPath("$.allowed").value(false)).andExpect(jsonPath("$.reason").value(verdict));
        }
    }

    private List<String> refusals(String username) {
        return jdbc.sql("select subject from audit_entry where action = 'ACCESS_DENIED' and actor = ? and subject like 'policy:%'")
                .param(username).query(String.class).list();
    }

    private void restricted(String id, String from, String to, String article, boolean inForce) {
        var agreement = AgreementId.of(id);
        var draft = AgreementMother.draft(id, from, to);
        registry.register(new AgreementDraft(agreement, draft.kind(), "MoU between the prosecution services on veiled matters "
                + id, null, true, draft.parties(), null, null, null, null, null, 2026, draft.timeZone(), draft.areas(), null));
        registry.addClause(agreement, new SharingClause(article, Party.of(from), Party.of(to), false,
                Set.of(DataCategory.CASE_SUMMARY), Set.of(Purpose.PROSECUTION), HandlingCode.RED, 1111,
                "Veiled case files"));
        if (inForce) {
            registry.changeStatus(agreement, AgreementStatus.SIGNED, LocalDate.of(2026, 1, 2), null);
            registry.changeStatus(agreement, AgreementStatus.IN_FORCE, LocalDate.of(2026, 1, 2), null);
        }
    }

    private static String username(String agency, String role) {
        return (agency.replace('/', '.') + "." + role).toLowerCase(Locale.ROOT);
    }
}
