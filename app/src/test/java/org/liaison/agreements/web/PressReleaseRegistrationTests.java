package org.liaison.agreements.web;

import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.liaison.MockMvcs;
import org.liaison.NodeTest;
import org.liaison.WithOfficer;
import org.liaison.agreements.AgreementDraft;
import org.liaison.agreements.AgreementFilter;
import org.liaison.agreements.AgreementId;
import org.liaison.agreements.AgreementKind;
import org.liaison.agreements.AgreementRegistry;
import org.liaison.agreements.CooperationArea;
import org.liaison.agreements.Party;
import org.liaison.agreements.pressrelease.PressReleaseReaderTests;
import org.liaison.shared.NodeTask;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.web.context.WebApplicationContext;

/**
 * Registering a draft from each seed article as a committee secretary of the Cambodian Ministry of Interior: the
 * draft is registered, or the page says why in the officer's language and still holds the pasted text.
 */
@NodeTest
@WithOfficer(username = "kh.secretary.press", roles = "COMMITTEE_SECRETARY", agency = "KH/MOI")
class PressReleaseRegistrationTests {

    MockMvc mvc;
    @Autowired AgreementRegistry registry;

    @BeforeEach
    void setUp(WebApplicationContext context) {
        mvc = MockMvcs.withSecurity(context);
        NodeTask.run("test", () -> {
            if (registry.find(new AgreementFilter("P-PRESS-SEC-2022", null, null, null)).isEmpty()) {
                registry.register(new AgreementDraft(AgreementId.of("P-PRESS-SEC-2022"), AgreementKind.MOU,
                        "MoU on security cooperation for 2022", null, false, List.of(Party.of("KH/MOI"), Party.of("LA/MPS")),
                        null, null, null, null, null, 2022, "Asia/Phnom_Penh", Set.of(CooperationArea.SECURITY), null));
            }
        });
    }

    @Test
    void thePlainFormAnswers403ToASecretaryWhoseAgencyIsNotAParty() throws Exception {
        mvc.perform(suggested("000_", LocalDate.of(2023, 12, 6), "/agreements/new")).andExpect(status().isForbidden());
    }

    @Test
    void aPrisonMouOfAnotherDepartmentSaysTheAgencyIsNotAPartyAndKeepsTheText() throws Exception {
        // read as of 2022, so that the demo's prison MoU of 2023 (if loaded) is not the same instrument
        mvc.perform(suggested("000_", LocalDate.of(2022, 12, 6), "/agreements/extract/register")).andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("is not among the parties"),
                        containsString(">Cambodia and Laos prison officials"))));
    }

    @Test
    void aReleaseAboutAnInstrumentAlreadyRegisteredWarnsOfTheDuplicate() throws Exception {
        mvc.perform(suggested("001_", LocalDate.of(2022, 1, 20), "/agreements/extract/register")).andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("already registered"),
                        containsString(">The Ministry of Interior and the Lao"))));
    }

    @Test
    void theProsecutorsMeetingSaysTheAgencyIsNotAPartyAndKeepsTheText() throws Exception {
        mvc.perform(suggested("002_", null, "/agreements/extract/register")).andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("is not among the parties"),
                        containsString(">Lao-Cambodian Prosecutors Enhance"))));
    }

    @Test
    void theStateVisitIsRegisteredOnceAndItsSecondPasteWarnsOfTheDuplicate() throws Exception {
        var first = suggested("003_", null, "/agreements/extract/register", "P-PRESS-DTA-2024");
        var second = suggested("003_", null, "/agreements/extract/register", "P-PRESS-DTA-2024-2");
        mvc.perform(first); // registered, or already there from the demo data
        mvc.perform(second).andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("already registered"),
                        containsString(">Laos and Cambodia Strengthen"))));
    }

    @Test
    void saysWhyInTheOfficersLanguage() throws Exception {
        mvc.perform(suggested("002_", null, "/agreements/extract/register").locale(java.util.Locale.forLanguageTag("km")))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("មិនមែនជាភាគី"), containsString(">Lao-Cambodian Prosecutors Enhance"))));
    }

    @Test
    void theMinisterialMeetingIsRegisteredOnceItsYearIsGiven() throws Exception {
        mvc.perform(suggested("004_", LocalDate.of(2023, 3, 6), "/agreements/extract/register", "P-PRESS-KH-VN-2023")
                        .param("coversYear", "2023"))
                .andExpect(status().is3xxRedirection());
        org.assertj.core.api.Assertions.assertThat(NodeTask.call("test", () -> registry.sameInstrument(
                List.of(Party.of("KH/MOI"), Party.of("VN/MPS")), AgreementKind.MOU, 2023))).isPresent();
    }

    /** The form the extract page suggests for a seed, posted as the officer would post it unchanged. */
    private MockHttpServletRequestBuilder suggested(String seed, @Nullable LocalDate published, String to) {
        return suggested(seed, published, to, null);
    }

    /** The same, under a test reference instead of the suggested one, not to take a reference the demo data uses. */
    private MockHttpServletRequestBuilder suggested(String seed, @Nullable LocalDate published, String to,
                                                    @Nullable String reference) {
        var text = PressReleaseReaderTests.seed(seed);
        var extracted = registry.readPressRelease(text, published);
        var form = PressReleaseSuggestions.of(extracted, registry).form();
        var request = post(to).with(csrf()).param("text", text).param("id", reference != null ? reference : form.getId()).param("kind", form.getKind().name())
                .param("title", form.getTitle()).param("parties", form.getParties().toArray(String[]::new))
                .param("timeZone", "Asia/Phnom_Penh");
        if (published != null) {
            request.param("published", published.toString());
        }
        optional(request, "yearNamed", extracted.instrumentYear());
        optional(request, "signedOn", form.getSignedOn());
        optional(request, "signedPlace", form.getSignedPlace());
        optional(request, "validFrom", form.getValidFrom());
        optional(request, "coversYear", form.getCoversYear());
        form.getAreas().forEach(a -> request.param("areas", a.name()));
        return request;
    }

    private static void optional(MockHttpServletRequestBuilder request, String name, @Nullable Object value) {
        if (value != null) {
            request.param(name, value.toString());
        }
    }
}
