package org.liaison.exchange.web;

import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.liaison.MockMvcs;
import org.liaison.NodeTest;
import org.liaison.WithOfficer;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.context.WebApplicationContext;

/**
 * The Federation page with partners on it: a trusted and a suspended partner node and a pinned key. The partners
 * are of a country no agreement names, so tests sharing this database find no partner to send to.
 */
@NodeTest
@WithOfficer(username = "kh.admin", agency = "KH/MOI", roles = "ADMIN")
class ExchangeAdministrationPageTests {

    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @BeforeEach
    void setUp(WebApplicationContext context) {
        mvc = MockMvcs.withSecurity(context);
        jdbc.sql("""
                insert into exchange_partner (node_id, base_url, status, pinned_at, pinned_by, source) values
                ('ZZ-1', 'https://zz1.example', 'TRUSTED', now(), 'test', 'MANUAL'),
                ('ZZ-2', 'https://zz2.example', 'SUSPENDED', now(), 'test', 'MANUAL') on conflict do nothing""").update();
        jdbc.sql("""
                insert into exchange_partner_key (node_id, kid, public_jwk, fingerprint, status, pinned_at)
                values ('ZZ-1', 'ZZ-1-k1', '{"kty":"OKP","crv":"Ed25519","x":"11qYAYKxCrfVS_7TyWQHOg7hcvPapiMlrwIaaPcHURo"}',
                        'fp-zz-1', 'PINNED', now()) on conflict do nothing""").update();
    }

    @Test
    void rendersTrustedAndSuspendedPartnersWithTheirPinnedKeysForAnAdministrator() throws Exception {
        mvc.perform(get("/admin/exchange")).andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("https://zz1.example"), containsString("https://zz2.example"),
                        containsString("fp-zz-1"), containsString("Suspend"))));
    }

    @Test
    void rendersThePartnersInLao() throws Exception {
        mvc.perform(get("/admin/exchange").param("lang", "lo")).andExpect(status().isOk())
                .andExpect(content().string(containsString("https://zz1.example")));
    }
}
