package org.liaison.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.time.Instant;

import org.junit.jupiter.api.Test;
import org.liaison.NodeTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import jakarta.servlet.http.Cookie;
import org.springframework.test.web.servlet.MockMvc;

@NodeTest
@Import(OfficerMother.class)
class SignInTests {

    @Autowired MockMvc mvc;
    @Autowired OfficerMother mother;
    @Autowired JdbcClient jdbc;

    @Test
    void passwordThenCodeOpensTheApplication() throws Exception {
        var made = mother.enrolled("KH/MOI", Role.OFFICER);
        var session = password(made.username(), OfficerMother.PASSWORD, "/login/mfa");
        var signedIn = code(session, Totp.code(made.secret(), Instant.now()), "/");
        assertThat(mvc.perform(get("/").cookie(signedIn)).andReturn().getResponse().getStatus()).isEqualTo(200);
        assertThat(audited(made.username(), "MFA_SUCCEEDED")).isEqualTo(1);
    }

    @Test
    void wrongPasswordIsRefusedWithAGenericMessageAndAudited() throws Exception {
        var made = mother.enrolled("KH/MOI", Role.OFFICER);
        password(made.username(), "wrong password!!", "/login?error=credentials");
        password("nobody-here", "whatever password", "/login?error=credentials");
        assertThat(audited(made.username(), "LOGIN_FAILED")).isEqualTo(1);
        assertThat(failedAttempts(made.username())).isEqualTo(1);
    }

    @Test
    void aPasswordAloneReachesNeitherPagesNorTheApi() throws Exception {
        var made = mother.enrolled("KH/MOI", Role.ADMIN);
        var session = password(made.username(), OfficerMother.PASSWORD, "/login/mfa");
        assertThat(mvc.perform(get("/admin/users").cookie(session)).andReturn().getResponse().getRedirectedUrl())
                .isEqualTo("/login/mfa");
        assertThat(mvc.perform(get("/api/v1/openapi").cookie(session)).andReturn().getResponse().getStatus()).isEqualTo(401);
    }

    @Test
    void wrongCodeKeepsTheOfficerOnTheCodePageAndAnAcceptedCodeCannotBeReplayed() throws Exception {
        var made = mother.enrolled("KH/MOI", Role.OFFICER);
        var session = password(made.username(), OfficerMother.PASSWORD, "/login/mfa");
        var page = mvc.perform(post("/login/mfa").cookie(session).with(csrf()).param("code", "000000")).andReturn();
        assertThat(page.getResponse().getContentAsString()).contains("That code is not right");
        var code = Totp.code(made.secret(), Instant.now());
        code(session, code, "/");
        var again = password(made.username(), OfficerMother.PASSWORD, "/login/mfa");
        var replay = mvc.perform(post("/login/mfa").cookie(again).with(csrf()).param("code", code)).andReturn();
        assertThat(replay.getResponse().getContentAsString()).contains("That code is not right");
    }

    @Test
    void fiveFailuresLockTheAccountEvenForTheRightPassword() throws Exception {
        var made = mother.enrolled("KH/MOI", Role.OFFICER);
        for (int i = 0; i < 4; i++) {
            password(made.username(), "wrong password " + i, "/login?error=credentials");
        }
        password(made.username(), "wrong password 5", "/login?error=locked");
        password(made.username(), OfficerMother.PASSWORD, "/login?error=locked");
        assertThat(audited(made.username(), "ACCOUNT_LOCKED")).isEqualTo(1);
    }

    @Test
    void oversizedCredentialsAreRefusedWithoutTouchingAnyAccount() throws Exception {
        var made = mother.enrolled("KH/MOI", Role.OFFICER);
        password(made.username(), "x".repeat(100_000), "/login?error=credentials");
        password("u".repeat(5_000), OfficerMother.PASSWORD, "/login?error=credentials");
        assertThat(failedAttempts(made.username())).isZero();
        var session = password(made.username(), OfficerMother.PASSWORD, "/login/mfa");
        var response = mvc.perform(post("/login/mfa").cookie(session).with(csrf()).param("code", "9".repeat(10_000)))
                .andReturn().getResponse();
        assertThat(response.getStatus()).isEqualTo(200);
        assertThat(response.getContentAsString()).contains("That code is not right");
    }

    @Test
    void aRecoveryCodeWorksOnceInsteadOfTheAuthenticator() throws Exception {
        var made = mother.notEnrolled("KH/MOI", Role.OFFICER);
        var session = password(made.username(), OfficerMother.PASSWORD, "/login/mfa/enrol");
        var form = mvc.perform(get("/login/mfa/enrol").cookie(session)).andReturn().getResponse().getContentAsString();
        var secret = form.replaceAll("(?s).*<code class=\"secret\">([A-Z2-7 ]+)</code>.*", "$1").replace(" ", "");
        var done = mvc.perform(post("/login/mfa/enrol").cookie(session).with(csrf())
                .param("code", Totp.code(secret, Instant.now()))).andReturn().getResponse().getContentAsString();
        var recovery = done.replaceAll("(?s).*?<li><code>([a-z2-9-]+)</code></li>.*", "$1");
        assertThat(recovery).matches("[a-z2-9]{8}-[a-z2-9]{8}");
        code(password(made.username(), OfficerMother.PASSWORD, "/login/mfa"), recovery, "/");
        var reused = mvc.perform(post("/login/mfa").cookie(password(made.username(), OfficerMother.PASSWORD, "/login/mfa"))
                .with(csrf()).param("code", recovery)).andReturn();
        assertThat(reused.getResponse().getContentAsString()).contains("That code is not right");
    }

    private Cookie[] password(String username, String password, String expectedRedirect) throws Exception {
        var result = mvc.perform(post("/login").with(csrf()).param("username", username).param("password", password)).andReturn();
        assertThat(result.getResponse().getRedirectedUrl()).isEqualTo(expectedRedirect);
        return result.getResponse().getCookies();
    }

    /** Sends the code and returns the session cookie, renewed by a successful login. */
    private Cookie[] code(Cookie[] session, String code, String expectedRedirect) throws Exception {
        var result = mvc.perform(post("/login/mfa").cookie(session).with(csrf()).param("code", code)).andReturn();
        assertThat(result.getResponse().getRedirectedUrl()).isEqualTo(expectedRedirect);
        var renewed = result.getResponse().getCookies();
        return renewed.length > 0 ? renewed : session;
    }

    private long audited(String username, String action) {
        return jdbc.sql("select count(*) from audit_entry where actor = ? and action = ?").params(username, action)
                .query(Long.class).single();
    }

    private int failedAttempts(String username) {
        return jdbc.sql("select failed_attempts from officer where username = ?").param(username).query(Integer.class).single();
    }
}
