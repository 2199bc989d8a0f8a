package org.liaison.identity.signin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.liaison.identity.signin.SignInSteps.address;
import static org.liaison.identity.signin.SignInSteps.from;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.liaison.NodeTest;
import org.liaison.identity.Role;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/** Both sign-in steps through the real filter chain: what opens the node, and one answer for every refusal. */
@NodeTest
@Import({ OfficerMother.class, SignInTestConfiguration.class })
class SignInTests {

    @Autowired MockMvc mvc;
    @Autowired OfficerMother mother;
    @Autowired JdbcClient jdbc;
    @Autowired MovableClock clock;
    @Autowired SignInTestConfiguration.CountingPasswords passwords;

    /** Each test signs in from an address of its own, so that the in-memory address throttle keeps them apart. */
    private final String home = address();
    private SignInSteps steps;

    @BeforeEach
    void steps() {
        steps = new SignInSteps(mvc);
    }

    @Test
    void passwordThenCodeOpensTheApplication() throws Exception {
        var made = mother.enrolled("KH/MOI", Role.OFFICER);
        var session = steps.password(made.username(), OfficerMother.PASSWORD, home, "/login/mfa");
        var signedIn = steps.code(session, currentCode(made), home, "/");
        assertThat(mvc.perform(get("/").cookie(signedIn)).andReturn().getResponse().getStatus()).isEqualTo(200);
        assertThat(audited(made.username(), "MFA_SUCCEEDED")).isEqualTo(1);
    }

    @Test
    void unknownWrongDisabledAndThrottledAttemptsGetTheSameAnswerForTheSameWork() throws Exception {
        var wrong = mother.enrolled("KH/MOI", Role.OFFICER);
        var disabled = mother.enrolled("KH/MOI", Role.OFFICER);
        jdbc.sql("update officer set enabled = false where username = ?").param(disabled.username()).update();
        var throttled = mother.enrolled("KH/MOI", Role.OFFICER);
        for (int i = 0; i < 3; i++) {
            steps.password(throttled.username(), "wrong password " + i, address(), "/login?error");
        }

        var answers = List.of(
                attempt(wrong.username(), "wrong password!!", home),
                attempt("nobody-" + wrong.username(), "whatever password", home),
                attempt(disabled.username(), OfficerMother.PASSWORD, home),
                attempt(throttled.username(), OfficerMother.PASSWORD, address()));

        assertThat(answers).allSatisfy(answer -> assertThat(answer).isEqualTo(new Answer(302, "/login?error", 1)));
        var page = mvc.perform(get("/login").param("error", "")).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("Wrong username or password, or too many attempts: wait a moment and try again.");
    }

    @Test
    void failedPasswordsAreAuditedAsAnonymousWithTheNameTriedTheAddressAndTheReason() throws Exception {
        var made = mother.enrolled("KH/MOI", Role.OFFICER);
        var disabled = mother.enrolled("KH/MOI", Role.OFFICER);
        jdbc.sql("update officer set enabled = false where username = ?").param(disabled.username()).update();
        steps.password(made.username(), "wrong password!!", home, "/login?error");
        steps.password("nobody-" + made.username(), "whatever password", home, "/login?error");
        steps.password(disabled.username(), OfficerMother.PASSWORD, home, "/login?error");

        assertThat(failures("officer:" + made.username())).containsExactly(
                "anonymous FAILED wrong password (failure 1); username tried: " + made.username() + "; from " + home);
        assertThat(failures("officer:nobody-" + made.username())).containsExactly(
                "anonymous FAILED unknown username; username tried: nobody-" + made.username() + "; from " + home);
        assertThat(failures("officer:" + disabled.username())).containsExactly(
                "anonymous DENIED account disabled; username tried: " + disabled.username() + "; from " + home);
        assertThat(failedAttempts(made.username())).isEqualTo(1);
    }

    @Test
    void theCodeStepShowsNeitherNavigationNorTheOfficersNameButOffersCancel() throws Exception {
        var made = mother.enrolled("KH/MOI", Role.ADMIN);
        var session = steps.password(made.username(), OfficerMother.PASSWORD, home, "/login/mfa");
        var page = mvc.perform(get("/login/mfa").cookie(session)).andReturn().getResponse().getContentAsString();
        assertThat(page).doesNotContain("class=\"sidebar\"", "/admin/users", "who-name", made.username())
                .contains("action=\"/logout\"", "name=\"code\"");
        var signedIn = steps.code(session, currentCode(made), home, "/");
        assertThat(mvc.perform(get("/").cookie(signedIn)).andReturn().getResponse().getContentAsString())
                .contains("class=\"sidebar\"", "who-name");
    }

    @Test
    void aPasswordAloneReachesNeitherPagesNorTheApi() throws Exception {
        var made = mother.enrolled("KH/MOI", Role.ADMIN);
        var session = steps.password(made.username(), OfficerMother.PASSWORD, home, "/login/mfa");
        assertThat(mvc.perform(get("/admin/users").cookie(session)).andReturn().getResponse().getRedirectedUrl())
                .isEqualTo("/login/mfa");
        assertThat(mvc.perform(get("/api/v1/openapi").cookie(session)).andReturn().getResponse().getStatus()).isEqualTo(401);
    }

    @Test
    void wrongCodeKeepsTheOfficerOnTheCodePageAndAnAcceptedCodeCannotBeReplayed() throws Exception {
        var made = mother.enrolled("KH/MOI", Role.OFFICER);
        var session = steps.password(made.username(), OfficerMother.PASSWORD, home, "/login/mfa");
        assertThat(steps.refusedCode(session, "000000", home)).contains("That code is not right");
        var code = currentCode(made);
        steps.code(session, code, home, "/");
        var again = steps.password(made.username(), OfficerMother.PASSWORD, home, "/login/mfa");
        assertThat(steps.refusedCode(again, code, home)).contains("That code is not right");
    }

    @Test
    void oversizedCredentialsAreRefusedWithoutTouchingAnyAccount() throws Exception {
        var made = mother.enrolled("KH/MOI", Role.OFFICER);
        steps.password(made.username(), "x".repeat(100_000), home, "/login?error");
        steps.password("u".repeat(5_000), OfficerMother.PASSWORD, home, "/login?error");
        assertThat(failedAttempts(made.username())).isZero();
        var session = steps.password(made.username(), OfficerMother.PASSWORD, home, "/login/mfa");
        var response = mvc.perform(post("/login/mfa").cookie(session).with(csrf()).with(from(home))
                .param("code", "9".repeat(10_000))).andReturn().getResponse();
        assertThat(response.getStatus()).isEqualTo(200);
        assertThat(response.getContentAsString()).contains("That code is not right");
    }

    @Test
    void aRecoveryCodeWorksOnceInsteadOfTheAuthenticator() throws Exception {
        var made = mother.notEnrolled("KH/MOI", Role.OFFICER);
        var session = steps.password(made.username(), OfficerMother.PASSWORD, home, "/login/mfa/enrol");
        var form = mvc.perform(get("/login/mfa/enrol").cookie(session)).andReturn().getResponse().getContentAsString();
        var secret = form.replaceAll("(?s).*<code class=\"secret\">([A-Z2-7 ]+)</code>.*", "$1").replace(" ", "");
        var done = mvc.perform(post("/login/mfa/enrol").cookie(session).with(csrf()).with(from(home))
                .param("code", Totp.code(secret, clock.instant()))).andReturn().getResponse().getContentAsString();
        var recovery = done.replaceAll("(?s).*?<li><code>([a-z2-9-]+)</code></li>.*", "$1");
        assertThat(recovery).matches("[a-z2-9]{8}-[a-z2-9]{8}");
        steps.code(steps.password(made.username(), OfficerMother.PASSWORD, home, "/login/mfa"), recovery, home, "/");
        var again = steps.password(made.username(), OfficerMother.PASSWORD, home, "/login/mfa");
        assertThat(steps.refusedCode(again, recovery, home)).contains("That code is not right");
    }

    /** What the browser sees of a password attempt, and how many password hashes it cost. */
    record Answer(int status, String location, int hashesChecked) {
    }

    private Answer attempt(String username, String password, String address) throws Exception {
        int before = passwords.checked();
        var response = mvc.perform(post("/login").with(csrf()).with(from(address))
                .param("username", username).param("password", password)).andReturn().getResponse();
        return new Answer(response.getStatus(), String.valueOf(response.getRedirectedUrl()), passwords.checked() - before);
    }

    private String currentCode(OfficerMother.Made made) {
        return Totp.code(made.secret(), clock.instant());
    }

    private long audited(String username, String action) {
        return jdbc.sql("select count(*) from audit_entry where actor = ? and action = ?").params(username, action)
                .query(Long.class).single();
    }

    private List<String> failures(String subject) {
        return jdbc.sql("select actor || ' ' || outcome || ' ' || details from audit_entry where action = 'LOGIN_FAILED' and subject = ? order by seq")
                .param(subject).query(String.class).list();
    }

    private int failedAttempts(String username) {
        return jdbc.sql("select failed_attempts from officer where username = ?").param(username).query(Integer.class).single();
    }
}
