package org.liaison.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Pattern;

import jakarta.servlet.http.Cookie;

import org.junit.jupiter.api.Test;
import org.liaison.NodeTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.argon2.Argon2PasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * Both sign-in steps through the real filter chain: one answer for every refusal, throttles instead of a
 * lockout, and audit entries that name the right actor and reason. The node's clock is moved, not waited for.
 */
@NodeTest
@Import(OfficerMother.class)
class SignInTests {

    private static final Duration ACCOUNT_CAP = Duration.ofMinutes(1);

    @Autowired MockMvc mvc;
    @Autowired OfficerMother mother;
    @Autowired JdbcClient jdbc;
    @Autowired MovableClock clock;
    @Autowired CountingPasswords passwords;
    @Autowired DenialTally tally;

    /** Each test signs in from an address of its own, so that the in-memory address throttle keeps them apart. */
    private final String home = address();

    @Test
    void passwordThenCodeOpensTheApplication() throws Exception {
        var made = mother.enrolled("KH/MOI", Role.OFFICER);
        var session = password(made.username(), OfficerMother.PASSWORD, home, "/login/mfa");
        var signedIn = code(session, currentCode(made), home, "/");
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
            password(throttled.username(), "wrong password " + i, address(), "/login?error");
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
        password(made.username(), "wrong password!!", home, "/login?error");
        password("nobody-" + made.username(), "whatever password", home, "/login?error");
        password(disabled.username(), OfficerMother.PASSWORD, home, "/login?error");

        assertThat(failures("officer:" + made.username())).containsExactly(
                "anonymous FAILED wrong password (failure 1); username tried: " + made.username() + "; from " + home);
        assertThat(failures("officer:nobody-" + made.username())).containsExactly(
                "anonymous FAILED unknown username; username tried: nobody-" + made.username() + "; from " + home);
        assertThat(failures("officer:" + disabled.username())).containsExactly(
                "anonymous DENIED account disabled; username tried: " + disabled.username() + "; from " + home);
        assertThat(failedAttempts(made.username())).isEqualTo(1);
    }

    @Test
    void theAccountsWaitGrowsAfterEachFailureAndHoldsBackEvenTheRightPassword() throws Exception {
        var made = mother.enrolled("KH/MOI", Role.OFFICER);
        for (int i = 0; i < 3; i++) {
            password(made.username(), "wrong password " + i, address(), "/login?error");
        }
        assertThat(waitAfterLastFailure(made.username())).isEqualTo(Duration.ofSeconds(1));
        password(made.username(), OfficerMother.PASSWORD, address(), "/login?error");
        assertThat(failedAttempts(made.username())).as("an attempt inside the wait is not checked").isEqualTo(3);

        clock.advance(Duration.ofSeconds(2));
        password(made.username(), "wrong password 3", address(), "/login?error");
        assertThat(waitAfterLastFailure(made.username())).isEqualTo(Duration.ofSeconds(2));
        clock.advance(Duration.ofSeconds(1));
        password(made.username(), OfficerMother.PASSWORD, address(), "/login?error");
        clock.advance(Duration.ofSeconds(2));
        password(made.username(), OfficerMother.PASSWORD, address(), "/login/mfa");

        jdbc.sql("update officer set failed_attempts = 30 where username = ?").param(made.username()).update();
        password(made.username(), "wrong password 4", address(), "/login?error");
        assertThat(waitAfterLastFailure(made.username())).as("capped").isEqualTo(ACCOUNT_CAP);
    }

    @Test
    void aBurstFromOneAddressHoldsThatAddressBackButNotTheOfficerSigningInElsewhere() throws Exception {
        var made = mother.enrolled("KH/MOI", Role.OFFICER);
        var attacker = address();
        for (int i = 0; i < 12; i++) {
            clock.advance(ACCOUNT_CAP.plusSeconds(1));
            password(made.username(), "guess " + i, attacker, "/login?error");
        }

        password(made.username(), OfficerMother.PASSWORD, attacker, "/login?error");
        clock.advance(ACCOUNT_CAP.plusSeconds(1));
        var session = password(made.username(), OfficerMother.PASSWORD, home, "/login/mfa");
        code(session, currentCode(made), home, "/");
        assertThat(failedAttempts(made.username())).isZero();
    }

    @Test
    void theCodeStepIsThrottledTooAndAuditsTheOfficer() throws Exception {
        var made = mother.enrolled("KH/MOI", Role.OFFICER);
        var session = password(made.username(), OfficerMother.PASSWORD, home, "/login/mfa");
        for (int i = 0; i < 3; i++) {
            assertThat(refusedCode(session, "00000" + i, home)).contains("That code is not right, or there were too many attempts");
        }
        assertThat(refusedCode(session, currentCode(made), home)).contains("That code is not right");

        clock.advance(Duration.ofSeconds(2));
        code(session, currentCode(made), home, "/");
        assertThat(jdbc.sql("select actor || ' ' || details from audit_entry where action = 'MFA_FAILED' and subject = ? order by seq")
                .param("officer:" + made.username()).query(String.class).list())
                .hasSize(3).allSatisfy(entry -> assertThat(entry).startsWith(made.username() + " wrong code").endsWith("from " + home));
        tally.flush();
        assertThat(jdbc.sql("select details from audit_entry where action = 'MFA_FAILED' and actor = ? and subject = ?")
                .params(made.username(), "from:" + home).query(String.class).list())
                .anySatisfy(details -> assertThat(details).startsWith("throttled: too many failures"));
    }

    @Test
    void attemptsHeldBackByAThrottleAreAuditedTogetherPerAddress() throws Exception {
        var made = mother.enrolled("KH/MOI", Role.OFFICER);
        for (int i = 0; i < 3; i++) {
            password(made.username(), "wrong password " + i, home, "/login?error");
        }
        for (int i = 0; i < 4; i++) {
            password(made.username(), "held back " + i, home, "/login?error");
        }
        tally.flush();

        var entries = jdbc.sql("select details from audit_entry where action = 'LOGIN_FAILED' and actor = 'anonymous' and subject = ?")
                .param("from:" + home).query(String.class).list();
        assertThat(entries).allSatisfy(details -> assertThat(details)
                .startsWith("throttled: too many failures from this address").contains("tried " + made.username()));
        assertThat(counted(entries)).isEqualTo(4);
    }

    @Test
    void requestsWithoutACsrfTokenAreAuditedAsAnonymousAndCountedPerAddress() throws Exception {
        for (int i = 0; i < 5; i++) {
            var response = mvc.perform(post("/login").with(from(home)).param("username", "x").param("password", "y"))
                    .andReturn().getResponse();
            assertThat(response.getStatus()).isEqualTo(403);
        }
        mvc.perform(post("/agreements/new").with(from(home)));
        tally.flush();

        var entries = jdbc.sql("select actor || ' ' || outcome || ' ' || details from audit_entry where action = 'ACCESS_DENIED' and subject = ?")
                .param("from:" + home).query(String.class).list();
        assertThat(entries).allSatisfy(entry -> assertThat(entry).startsWith("anonymous DENIED missing or invalid CSRF token: "));
        assertThat(String.join("\n", entries)).contains("POST /login", "POST /agreements/new");
        assertThat(counted(entries)).isEqualTo(6);
        assertThat(jdbc.sql("select count(*) from audit_entry where action = 'ACCESS_DENIED' and actor = 'system'")
                .query(Long.class).single()).isZero();
    }

    @Test
    void aPasswordAloneReachesNeitherPagesNorTheApi() throws Exception {
        var made = mother.enrolled("KH/MOI", Role.ADMIN);
        var session = password(made.username(), OfficerMother.PASSWORD, home, "/login/mfa");
        assertThat(mvc.perform(get("/admin/users").cookie(session)).andReturn().getResponse().getRedirectedUrl())
                .isEqualTo("/login/mfa");
        assertThat(mvc.perform(get("/api/v1/openapi").cookie(session)).andReturn().getResponse().getStatus()).isEqualTo(401);
    }

    @Test
    void wrongCodeKeepsTheOfficerOnTheCodePageAndAnAcceptedCodeCannotBeReplayed() throws Exception {
        var made = mother.enrolled("KH/MOI", Role.OFFICER);
        var session = password(made.username(), OfficerMother.PASSWORD, home, "/login/mfa");
        assertThat(refusedCode(session, "000000", home)).contains("That code is not right");
        var code = currentCode(made);
        code(session, code, home, "/");
        var again = password(made.username(), OfficerMother.PASSWORD, home, "/login/mfa");
        assertThat(refusedCode(again, code, home)).contains("That code is not right");
    }

    @Test
    void oversizedCredentialsAreRefusedWithoutTouchingAnyAccount() throws Exception {
        var made = mother.enrolled("KH/MOI", Role.OFFICER);
        password(made.username(), "x".repeat(100_000), home, "/login?error");
        password("u".repeat(5_000), OfficerMother.PASSWORD, home, "/login?error");
        assertThat(failedAttempts(made.username())).isZero();
        var session = password(made.username(), OfficerMother.PASSWORD, home, "/login/mfa");
        var response = mvc.perform(post("/login/mfa").cookie(session).with(csrf()).with(from(home))
                .param("code", "9".repeat(10_000))).andReturn().getResponse();
        assertThat(response.getStatus()).isEqualTo(200);
        assertThat(response.getContentAsString()).contains("That code is not right");
    }

    @Test
    void aRecoveryCodeWorksOnceInsteadOfTheAuthenticator() throws Exception {
        var made = mother.notEnrolled("KH/MOI", Role.OFFICER);
        var session = password(made.username(), OfficerMother.PASSWORD, home, "/login/mfa/enrol");
        var form = mvc.perform(get("/login/mfa/enrol").cookie(session)).andReturn().getResponse().getContentAsString();
        var secret = form.replaceAll("(?s).*<code class=\"secret\">([A-Z2-7 ]+)</code>.*", "$1").replace(" ", "");
        var done = mvc.perform(post("/login/mfa/enrol").cookie(session).with(csrf()).with(from(home))
                .param("code", Totp.code(secret, clock.instant()))).andReturn().getResponse().getContentAsString();
        var recovery = done.replaceAll("(?s).*?<li><code>([a-z2-9-]+)</code></li>.*", "$1");
        assertThat(recovery).matches("[a-z2-9]{8}-[a-z2-9]{8}");
        code(password(made.username(), OfficerMother.PASSWORD, home, "/login/mfa"), recovery, home, "/");
        var again = password(made.username(), OfficerMother.PASSWORD, home, "/login/mfa");
        assertThat(refusedCode(again, recovery, home)).contains("That code is not right");
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

    private Cookie[] password(String username, String password, String address, String expectedRedirect) throws Exception {
        var result = mvc.perform(post("/login").with(csrf()).with(from(address))
                .param("username", username).param("password", password)).andReturn();
        assertThat(result.getResponse().getRedirectedUrl()).isEqualTo(expectedRedirect);
        return result.getResponse().getCookies();
    }

    /** Sends the code and returns the session cookie, renewed by a successful login. */
    private Cookie[] code(Cookie[] session, String code, String address, String expectedRedirect) throws Exception {
        var result = mvc.perform(post("/login/mfa").cookie(session).with(csrf()).with(from(address)).param("code", code))
                .andReturn();
        assertThat(result.getResponse().getRedirectedUrl()).isEqualTo(expectedRedirect);
        var renewed = result.getResponse().getCookies();
        return renewed.length > 0 ? renewed : session;
    }

    private String refusedCode(Cookie[] session, String code, String address) throws Exception {
        var response = mvc.perform(post("/login/mfa").cookie(session).with(csrf()).with(from(address)).param("code", code))
                .andReturn().getResponse();
        assertThat(response.getStatus()).isEqualTo(200);
        return response.getContentAsString();
    }

    private String currentCode(OfficerMother.Made made) {
        return Totp.code(made.secret(), clock.instant());
    }

    private static RequestPostProcessor from(String address) {
        return request -> {
            request.setRemoteAddr(address);
            return request;
        };
    }

    private static String address() {
        var random = ThreadLocalRandom.current();
        return "10." + random.nextInt(256) + "." + random.nextInt(256) + "." + random.nextInt(1, 255);
    }

    private long audited(String username, String action) {
        return jdbc.sql("select count(*) from audit_entry where actor = ? and action = ?").params(username, action)
                .query(Long.class).single();
    }

    private List<String> failures(String subject) {
        return jdbc.sql("select actor || ' ' || outcome || ' ' || details from audit_entry where action = 'LOGIN_FAILED' and subject = ? order by seq")
                .param(subject).query(String.class).list();
    }

    /** The sum of the counts in aggregated entries ("…: 4 times in 60 s; …"). */
    private static long counted(List<String> entries) {
        var count = Pattern.compile(": (\\d+) times? in ");
        return entries.stream().map(count::matcher).filter(java.util.regex.Matcher::find)
                .mapToLong(m -> Long.parseLong(m.group(1))).sum();
    }

    private int failedAttempts(String username) {
        return jdbc.sql("select failed_attempts from officer where username = ?").param(username).query(Integer.class).single();
    }

    /** How long the account's last failure made it wait, to the second. */
    private Duration waitAfterLastFailure(String username) {
        var seconds = jdbc.sql("""
                        select extract(epoch from throttled_until) - extract(epoch from (select max(occurred_at) from audit_entry
                          where action = 'LOGIN_FAILED' and subject = 'officer:' || o.username))
                        from officer o where username = ?""")
                .param(username).query(Double.class).single();
        return Duration.ofSeconds(Math.round(seconds));
    }

    /** The node's clock, movable; and its password encoder, counting the hashes it checks. */
    @TestConfiguration
    static class Moving {

        @Bean
        @Primary
        MovableClock movableClock() {
            return new MovableClock();
        }

        @Bean
        @Primary
        CountingPasswords countingPasswords() {
            return new CountingPasswords(Argon2PasswordEncoder.defaultsForSpringSecurity_v5_8());
        }
    }

    static final class CountingPasswords implements PasswordEncoder {

        private final PasswordEncoder delegate;
        private final AtomicInteger checked = new AtomicInteger();

        CountingPasswords(PasswordEncoder delegate) {
            this.delegate = delegate;
        }

        int checked() {
            return checked.get();
        }

        @Override
        public String encode(CharSequence raw) {
            return delegate.encode(raw);
        }

        @Override
        public boolean matches(CharSequence raw, String encoded) {
            checked.incrementAndGet();
            return delegate.matches(raw, encoded);
        }
    }
}
