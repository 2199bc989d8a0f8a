package org.liaison.identity;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.liaison.MockMvcs;
import org.liaison.NodeTest;
import org.liaison.WithOfficer;
import org.liaison.identity.accounts.Officer;
import org.liaison.identity.accounts.Officers;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.context.WebApplicationContext;

/** A node administrator manages the officers of every agency of the node, and none of another country. */
@NodeTest
class OfficerManagementTests {

    @Autowired Officers officers;
    MockMvc mvc;

    @BeforeEach
    void setUp(WebApplicationContext context) {
        mvc = MockMvcs.withSecurity(context);
    }

    @Test
    @WithOfficer(username = "kh.admin", roles = "ADMIN", agency = "KH/MOI")
    void anAdministratorSeesAndDisablesAnOfficerOfASubAgency() throws Exception {
        var border = officer("KH/MOI/GDI");
        mvc.perform(get("/admin/users"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(border.username())));
        mvc.perform(post("/admin/users/{id}/disable", border.id().value()).with(csrf()))
                .andExpect(status().is3xxRedirection());
        assertThat(officers.findById(border.id()).orElseThrow().enabled()).isFalse();
    }

    @Test
    @WithOfficer(username = "kh.admin", roles = "ADMIN", agency = "KH/MOI")
    void anAdministratorNeitherSeesNorChangesAnOfficerOfAnotherCountry() throws Exception {
        var lao = officer("LA/MPS");
        mvc.perform(get("/admin/users"))
                .andExpect(content().string(not(containsString(lao.username()))));
        mvc.perform(post("/admin/users/{id}/disable", lao.id().value()).with(csrf()))
                .andExpect(status().isNotFound());
        assertThat(officers.findById(lao.id()).orElseThrow().enabled()).isTrue();
    }

    @Test
    @WithOfficer(username = "kh.admin", roles = "ADMIN", agency = "KH/MOI")
    void aTakenUsernameIsRefusedInTheAdministratorsLanguage() throws Exception {
        var taken = officer("KH/MOI/GDI");
        mvc.perform(post("/admin/users").with(csrf()).locale(java.util.Locale.forLanguageTag("vi"))
                        .param("username", taken.username()).param("displayName", "Cán bộ").param("roles", "OFFICER"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Tên đăng nhập " + taken.username() + " đã có người dùng.")))
                .andExpect(content().string(not(containsString("is taken"))));
    }

    private Officer officer(String agency) {
        var officer = Officer.create("o" + UUID.randomUUID().toString().substring(0, 12), "Officer", null, agency,
                Set.of(Role.OFFICER), "x", Instant.now());
        officers.insert(officer);
        return officer;
    }
}
