package org.liaison.prisoners;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.liaison.NodeTest;
import org.liaison.OfficerContext;
import org.liaison.agreements.AgreementDraft;
import org.liaison.agreements.AgreementId;
import org.liaison.agreements.AgreementKind;
import org.liaison.agreements.AgreementRegistry;
import org.liaison.agreements.CooperationArea;
import org.liaison.agreements.Party;
import org.liaison.directory.AgencyId;
import org.liaison.directory.Directory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.Authentication;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

/**
 * The transfer pages: the Cambodian prison officer proposes the hand-over of an approved case at a checkpoint on
 * the Lao border, records the Lao side's paper answers (no Lao node here) and the hand-over, and the case ends
 * transferred; a Lao prison officer's page of a transfer a Cambodian node asked of them offers the answer form.
 */
@NodeTest
class TransferPagesTests {

    static final Authentication PRISON = OfficerContext.authentication("gdp.pages", "KH/MOI/GDP", "PRISON_OFFICER");
    static final Authentication LAO_PRISON = OfficerContext.authentication("pri.pages", "LA/MPS/PRI", "PRISON_OFFICER");

    @Autowired AgreementRegistry registry;
    @Autowired Prisoners prisoners;
    @Autowired Directory directory;
    @Autowired JdbcClient jdbc;
    MockMvc mvc;
    AgreementId agreement;

    @BeforeEach
    void setUp(WebApplicationContext context) {
        mvc = MockMvcBuilders.webAppContextSetup(context).apply(springSecurity()).build();
        agreement = AgreementId.of("T-TRP-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase());
        OfficerContext.as("kh.admin", "KH/MOI", "ADMIN", () -> {
            registry.register(new AgreementDraft(agreement, AgreementKind.MOU, "Test transfer pages " + agreement, null,
                    false, List.of(Party.of("KH/MOI/GDP"), Party.of("LA/MPS/PRI")), null, null, null, null, null, null,
                    "Asia/Phnom_Penh", java.util.Set.of(CooperationArea.PRISONS), null));
            return prisoners.setTransferRules(new TransferRules(agreement, "LA", 6, true, true, false, false,
                    List.of(AgencyId.of("KH/MOI/GDP"), AgencyId.of("LA/MPS/PRI"))));
        });
    }

    @Test
    void theHandoverIsProposedRecordedOnBothSidesAndTheCaseEndsTransferred() throws Exception {
        var transfer = OfficerContext.as("gdp.pages", "KH/MOI/GDP", "PRISON_OFFICER", () -> {
            var prisoner = prisoners.register(new PrisonerDraft("KH/MOI/GDP", "Correctional Centre 1", "Paged Prisoner",
                    null, null, "LA", Sex.MALE, LocalDate.of(1980, 1, 1), List.of(), List.of(new Offence("Drug trafficking",
                    "Law on Drug Control", "40")), LocalDate.of(2024, 1, 1), 7, 0, 0, 0, 0, 0, 0, null, null, true, false,
                    Consent.GIVEN, false, null, null, null, null));
            var opened = prisoners.openTransfer(prisoner.id(), agreement);
            prisoners.decide(new StepRef(opened.id(), 1), StepDecision.APPROVE, "");
            return prisoners.decide(new StepRef(opened.id(), 2), StepDecision.APPROVE, "").id();
        });
        var page = "/prisoners/transfers/" + transfer;
        assertThat(body(page, PRISON)).contains("Propose the hand-over", "Nong Nok Khiene");
        var checkpoint = directory.checkpoints("KH", "LA").getFirst();

        mvc.perform(post(page + "/handover").with(authentication(PRISON)).with(csrf())
                .param("checkpoint", String.valueOf(checkpoint.id())).param("at", "2027-04-10T09:00")
                .param("escorts", "Two escorts, one van")).andExpect(status().is3xxRedirection());
        assertThat(body(page, PRISON)).contains("Proposed", "Two escorts, one van", "on paper");
        mvc.perform(post(page + "/partner-handover").with(authentication(PRISON)).with(csrf()).param("state", "AGREED"))
                .andExpect(status().is3xxRedirection());
        mvc.perform(post(page + "/handed-over").with(authentication(PRISON)).with(csrf())
                .param("record", "Handed over by Sok Dara; judgment; one bag")).andExpect(status().is3xxRedirection());
        mvc.perform(post(page + "/partner-handover").with(authentication(PRISON)).with(csrf()).param("state", "RECEIVED")
                .param("record", "Received by Capt. Somphone")).andExpect(status().is3xxRedirection());

        assertThat(body(page, PRISON)).contains("Transferred", "Received by Capt. Somphone");
        assertThat(jdbc.sql("select status from prisoner_transfer where id = ?").param(transfer.value())
                .query(String.class).single()).isEqualTo("TRANSFERRED");
    }

    @Test
    void aLaoPrisonOfficerSeesATransferAskedOfThemWithTheAnswerForm() throws Exception {
        var id = UUID.randomUUID();
        jdbc.sql("""
                insert into prisoner_partner_transfer (id, sending_agency, receiving_agency, position, state,
                    prisoner_name, summary, days_left, last_request, received_sequence, received_at)
                values (?, 'KH/MOI/GDP', 'LA/MPS/PRI', 4, 'WAITING', 'Asked Prisoner', 'Transfer of Asked Prisoner', 900, ?, 1, now())""")
                .params(id, UUID.randomUUID()).update();
        assertThat(body("/prisoners/partner-transfers", LAO_PRISON)).contains("Asked Prisoner");
        assertThat(body("/prisoners/partner-transfers/" + id, LAO_PRISON)).contains("Your answer", "Continued enforcement",
                "Transfer of Asked Prisoner");
        mvc.perform(get("/prisoners/partner-transfers/" + id).with(authentication(PRISON))).andExpect(status().isForbidden());
    }

    private String body(String path, Authentication who) throws Exception {
        return mvc.perform(get(path).with(authentication(who))).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString();
    }
}
