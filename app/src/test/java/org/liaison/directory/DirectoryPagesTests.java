package org.liaison.directory;

import org.liaison.MockMvcs;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.liaison.NodeTest;
import org.liaison.node.ThisNode;
import org.springframework.beans.factory.annotation.Autowired;
import org.liaison.WithOfficer;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.context.WebApplicationContext;

@NodeTest
@WithOfficer(roles = "OFFICER")
class DirectoryPagesTests {

    MockMvc mvc;
    @Autowired Directory directory;
    @Autowired ThisNode thisNode;
    @Autowired JdbcClient jdbc;

    @BeforeEach
    void setUp(WebApplicationContext context) {
        mvc = MockMvcs.withSecurity(context);
    }

    @Test
    void agencyPageShowsNativeScriptNamesWithTheirLanguage() throws Exception {
        mvc.perform(get("/directory/agencies"))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("<html"),
                        containsString("<span lang=\"km\">ក្រសួងមហាផ្ទៃ</span>"),
                        containsString("<span lang=\"lo\">ກະຊວງປ້ອງກັນຄວາມສະຫງົບ</span>"),
                        containsString("<span lang=\"vi\">Bộ Công an</span>"),
                        containsString("Krasuong Mohaphtei"))));
    }

    @Test
    void pagesSpeakTheOfficersLanguage() throws Exception {
        mvc.perform(get("/directory/checkpoints").locale(java.util.Locale.forLanguageTag("km")))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("ច្រកព្រំដែនផ្លូវការ"), containsString("អន្តរជាតិ"))));
        mvc.perform(get("/directory/agencies").locale(java.util.Locale.forLanguageTag("lo")))
                .andExpect(content().string(containsString("ກະຊວງ")));
        mvc.perform(get("/directory/agencies").locale(java.util.Locale.forLanguageTag("vi")))
                .andExpect(content().string(containsString("Các cơ quan trong danh bạ")));
    }

    @Test
    void htmxSearchAnswersWithTheMatchingRowsOnly() throws Exception {
        mvc.perform(get("/directory/agencies").param("q", "prosecut").param("country", "LA")
                        .header("HX-Request", "true"))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("id=\"agency-rows\""),
                        containsString("Supreme People&#39;s Prosecutor&#39;s Office"),
                        not(containsString("<html")), not(containsString("Ministry of Interior")))));
    }

    @Test
    void agencyDetailShowsOfficialsInBothScriptsAndDepartments() throws Exception {
        mvc.perform(get("/directory/agencies/KH/MOI"))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("Sar Kheng"),
                        containsString("<span lang=\"km\">ស ខេង</span>"),
                        containsString("General Department of Prisons"),
                        containsString("href=\"/directory/agencies/KH/MOI/GDP\""))));
    }

    @Test
    void checkpointPageShowsBothSidesInTheirScriptsWithHoursAndCoordinates() throws Exception {
        mvc.perform(get("/directory/checkpoints"))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("<span lang=\"km\">បាវិត</span>"),
                        containsString("<span lang=\"vi\">Mộc Bài</span>"),
                        containsString("06:00–22:00"), containsString("11.067"))));
    }

    @Test
    void htmxCheckpointFilterAnswersWithRowsOfThatCountryOnly() throws Exception {
        mvc.perform(get("/directory/checkpoints").param("country", "LA").header("HX-Request", "true"))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("Dansavanh"), containsString("Trapeang Kriel"),
                        not(containsString("Bavet")), not(containsString("<html")))));
    }

    @Test
    void nodePageShowsTheKeysTheExchangePinnedForAPartnerNode() throws Exception {
        // a member node registered without a key, as the demo registers LA-1 and VN-1
        jdbc.sql("insert into node (id, country, base_url, public_jwk, status) values ('MM-7', 'MM', 'https://mm7.example',"
                + " null, 'ACTIVE') on conflict do nothing").update();
        var partner = directory.node(NodeId.of("MM-7")).orElseThrow();
        // suspended: the partner's pinned key is listed, but no test sending to its country finds it
        jdbc.sql("""
                insert into exchange_partner (node_id, base_url, status, pinned_at, pinned_by, source)
                values (?, 'https://partner.example', 'SUSPENDED', now(), 'test', 'MANUAL') on conflict do nothing""")
                .param(partner.id().value()).update();
        jdbc.sql("""
                insert into exchange_partner_key (node_id, kid, public_jwk, fingerprint, status, pinned_at)
                values (?, ?, '{"kty":"OKP","crv":"Ed25519","x":"11qYAYKxCrfVS_7TyWQHOg7hcvPapiMlrwIaaPcHURo"}',
                        'fedcba9876543210', 'PINNED', now()) on conflict do nothing""")
                .params(partner.id().value(), partner.id().value() + "-test").update();
        mvc.perform(get("/directory/nodes"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Ed25519 · fedcba9876543210 · pinned")));
    }

    @Test
    void nodePageShowsThisNodeWithItsKeyFingerprint() throws Exception {
        var self = directory.node(NodeId.of(thisNode.id())).orElseThrow();
        mvc.perform(get("/directory/nodes"))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString(self.id().value()),
                        containsString(String.valueOf(self.fingerprint())))));
    }

    @Test
    void overviewCountriesAndContactPointPagesRender() throws Exception {
        for (var path : new String[] { "/directory", "/directory/countries", "/directory/contact-points" }) {
            mvc.perform(get(path)).andExpect(status().isOk()).andExpect(content().string(containsString("<h1")));
        }
    }

    @Test
    @WithOfficer(roles = "ADMIN")
    void agencyFormShowsValidationErrorsNextToTheFields() throws Exception {
        mvc.perform(post("/directory/agencies/new").with(csrf())
                        .param("id", "kh-bad").param("type", "POLICE").param("name", " "))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("class=\"error\""), containsString("Required."),
                        containsString("Use a country code and one to three segments"),
                        containsString("KH/MOI/GDP"))));
    }

    @Test
    @WithOfficer(roles = "ADMIN")
    void agencyFormCreatesTheAgencyAndRedirectsToIt() throws Exception {
        mvc.perform(post("/directory/agencies/new").with(csrf())
                        .param("id", "KH/MOI/FORMTEST").param("type", "POLICE").param("name", "Form Test Unit")
                        .param("headNotedYear", ""))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/directory/agencies/KH/MOI/FORMTEST"))
                .andExpect(flash().attribute("flash", "directory.flash.agencyCreated"));
    }

    @Test
    @WithOfficer(roles = "ADMIN")
    void editFormsRenderForAdministrators() throws Exception {
        mvc.perform(get("/directory/agencies/edit/LA/MPS/PRI")).andExpect(status().isOk())
                .andExpect(content().string(containsString("Sumlith Daohungsuli")));
        var checkpoint = directory.checkpoints("KH", "TH").getFirst();
        mvc.perform(get("/directory/checkpoints/" + checkpoint.id() + "/edit")).andExpect(status().isOk())
                .andExpect(content().string(containsString("value=\"07:00\"")));
        mvc.perform(get("/directory/contact-points/new").param("agency", "KH/SPO")).andExpect(status().isOk())
                .andExpect(content().string(containsString("KH/SPO")));
    }
}
