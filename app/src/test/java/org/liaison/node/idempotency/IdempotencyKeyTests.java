package org.liaison.node.idempotency;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.liaison.NodeTest;
import org.liaison.WithOfficer;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

/** Idempotency keys on another creating endpoint than messages, one with a Location, and their expiry. */
@NodeTest
@WithOfficer(username = "kh.officer", roles = "OFFICER", agency = "KH/MOI")
class IdempotencyKeyTests {

    @Autowired WebApplicationContext context;
    @Autowired IdempotencyFilter filter;
    @Autowired IdempotencyKeyPurge purge;
    @Autowired JdbcClient jdbc;
    MockMvc mvc;

    @BeforeEach
    void mvc() {
        mvc = MockMvcBuilders.webAppContextSetup(context).apply(springSecurity()).addFilters(filter).build();
    }

    @Test
    void aRepeatedAlertIssueAnswersTheFirstAlertWithItsLocation() throws Exception {
        var key = UUID.randomUUID().toString();
        var name = "Retried Alert " + UUID.randomUUID();
        var first = issue(key, name);
        var second = issue(key, name);

        assertThat(first.getStatus()).isEqualTo(201);
        assertThat(first.getHeader("Location")).startsWith("/api/v1/alerts/");
        assertThat(second.getStatus()).isEqualTo(201);
        assertThat(second.getHeader("Location")).isEqualTo(first.getHeader("Location"));
        assertThat(second.getContentAsString()).isEqualTo(first.getContentAsString());
        assertThat(alertsNamed(name)).isEqualTo(1);
        assertThat(jdbc.sql("select count(*) from audit_entry where action = 'ALERT_ISSUED' and subject = ?")
                .param("alert:" + first.getHeader("Location").substring("/api/v1/alerts/".length()))
                .query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void aKeyIsForgottenAfterItsLifetimeSoItMayServeANewRequest() throws Exception {
        var key = UUID.randomUUID().toString();
        var name = "Expired Key " + UUID.randomUUID();
        assertThat(issue(key, name).getStatus()).isEqualTo(201);
        jdbc.sql("update idempotency_key set created_at = now() - interval '25 hours' where key = ?").param(key).update();
        var recent = UUID.randomUUID().toString();
        issue(recent, "Recent Key " + UUID.randomUUID());

        assertThat(purge.purge()).isPositive();

        assertThat(jdbc.sql("select count(*) from idempotency_key where key in (?, ?)").params(key, recent)
                .query(Long.class).single()).isEqualTo(1);
        assertThat(issue(key, name).getHeader("Idempotent-Replayed")).isNull();
        assertThat(alertsNamed(name)).isEqualTo(2);
    }

    @Test
    void keysOfDifferentOfficersDoNotMeet() throws Exception {
        var key = UUID.randomUUID().toString();
        assertThat(issue(key, "First Officer " + UUID.randomUUID()).getStatus()).isEqualTo(201);
        var other = mvc.perform(post("/api/v1/alerts").with(csrf()).header("Idempotency-Key", key)
                        .with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors
                                .authentication(org.liaison.OfficerContext.authentication("kh.analyst", "KH/MOI", "ANALYST")))
                        .contentType(MediaType.APPLICATION_JSON).content(alert("Second Officer " + UUID.randomUUID())))
                .andReturn().getResponse();
        assertThat(other.getStatus()).isEqualTo(201);
        assertThat(other.getHeader("Idempotent-Replayed")).isNull();
    }

    @Test
    void theOpenApiDescriptionNamesTheHeaderOnCreatingOperationsOnly() throws Exception {
        var api = tools.jackson.databind.json.JsonMapper.builder().build().readTree(
                mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get("/api/v1/openapi"))
                        .andReturn().getResponse().getContentAsString());
        var paths = api.path("paths");

        assertThat(paths.path("/api/v1/messages").path("post").path("parameters").toString()).contains("Idempotency-Key");
        assertThat(paths.path("/api/v1/alerts").path("post").path("parameters").toString()).contains("Idempotency-Key");
        assertThat(paths.path("/api/v1/messages").path("get").path("parameters").toString()).doesNotContain("Idempotency-Key");
    }

    private MockHttpServletResponse issue(String key, String name) throws Exception {
        return mvc.perform(post("/api/v1/alerts").with(csrf()).header("Idempotency-Key", key)
                .contentType(MediaType.APPLICATION_JSON).content(alert(name))).andReturn().getResponse();
    }

    private static String alert(String name) {
        return """
                {"subject": "PERSON", "noticeType": "WARNING", "nameLatin": "%s", "reason": "Test of retries",
                 "action": "Report"}""".formatted(name);
    }

    private long alertsNamed(String name) {
        return jdbc.sql("select count(*) from screening_alert where name_latin = ?").param(name).query(Long.class).single();
    }
}
