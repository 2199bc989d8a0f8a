package org.liaison.identity.signin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.liaison.identity.signin.SignInSteps.address;
import static org.liaison.identity.signin.SignInSteps.from;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.time.Duration;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.liaison.NodeTest;
import org.liaison.identity.Role;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Throttles instead of a lockout: a wait per account, short and shared by every instance, and a longer one
 * per source address; refusals anyone can repeat audited together. The node's clock is moved, not waited for.
 */
@NodeTest
@Import({ OfficerMother.class, SignInTestConfiguration.class })
class SignInThrottlingTests {

    private static final Duration ACCOUNT_CAP = Duration.ofMinutes(1);

    @Autowired MockMvc mvc;
    @Autowired OfficerMother mother;
    @Autowired JdbcClient jdbc;
    @Autowired MovableClock clock;
    @Autowired DenialTally tally;

    private final String home = address();
    private SignInSteps steps;

    @BeforeEach
    void steps() {
        steps = new SignInSteps(mvc);
    }

    @Test
    void theAccountsWaitGrowsAfterEachFailureAndHoldsBackEvenTheRightPassword() throws Exception {
        var made = mother.enrolled("KH/MOI", Role.OFFICER);
        for (int i = 0; i < 3; i++) {
            steps.password(made.username(), "wrong password " + i, address(), "/login?error");
        }
        assertThat(waitAfterLastFailure(made.username())).isEqualTo(Duration.ofSeconds(1));
        steps.password(made.username(), OfficerMother.PASSWORD, address(), "/login?error");
        assertThat(failedAttempts(made.username())).as("an attempt inside the wait is not checked").isEqualTo(3);

        clock.advance(Duration.ofSeconds(2));
        steps.password(made.username(), "wrong password 3", address(), "/login?error");
        assertThat(waitAfterLastFailure(made.username())).isEqualTo(Duration.ofSeconds(2));
        clock.advance(Duration.ofSeconds(1));
        steps.password(made.username(), OfficerMother.PASSWORD, address(), "/login?error");
        clock.advance(Duration.ofSeconds(2));
        steps.password(made.username(), OfficerMother.PASSWORD, address(), "/login/mfa");

        jdbc.sql("update officer set failed_attempts = 30 where username = ?").param(made.username()).update();
        steps.password(made.username(), "wrong password 4", address(), "/login?error");
        assertThat(waitAfterLastFailure(made.username())).as("capped").isEqualTo(ACCOUNT_CAP);
    }

    @Test
    void aBurstFromOneAddressHoldsThatAddressBackButNotTheOfficerSigningInElsewhere() throws Exception {
        var made = mother.enrolled("KH/MOI", Role.OFFICER);
        var attacker = address();
        for (int i = 0; i < 12; i++) {
            clock.advance(ACCOUNT_CAP.plusSeconds(1));
            steps.password(made.username(), "guess " + i, attacker, "/login?error");
        }

        steps.password(made.username(), OfficerMother.PASSWORD, attacker, "/login?error");
        clock.advance(ACCOUNT_CAP.plusSeconds(1));
        var session = steps.password(made.username(), OfficerMother.PASSWORD, home, "/login/mfa");
        steps.code(session, currentCode(made), home, "/");
        assertThat(failedAttempts(made.username())).isZero();
    }

    @Test
    void theCodeStepIsThrottledTooAndAuditsTheOfficer() throws Exception {
        var made = mother.enrolled("KH/MOI", Role.OFFICER);
        var session = steps.password(made.username(), OfficerMother.PASSWORD, home, "/login/mfa");
        for (int i = 0; i < 3; i++) {
            assertThat(steps.refusedCode(session, "00000" + i, home)).contains("That code is not right, or there were too many attempts");
        }
        assertThat(steps.refusedCode(session, currentCode(made), home)).contains("That code is not right");

        clock.advance(Duration.ofSeconds(2));
        steps.code(session, currentCode(made), home, "/");
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
            steps.password(made.username(), "wrong password " + i, home, "/login?error");
        }
        for (int i = 0; i < 4; i++) {
            steps.password(made.username(), "held back " + i, home, "/login?error");
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

    private String currentCode(OfficerMother.Made made) {
        return Totp.code(made.secret(), clock.instant());
    }

    private int failedAttempts(String username) {
        return jdbc.sql("select failed_attempts from officer where username = ?").param(username).query(Integer.class).single();
    }

    /** The sum of the counts in aggregated entries ("…: 4 times in 60 s; …"). */
    private static long counted(List<String> entries) {
        var count = Pattern.compile(": (\\d+) times? in ");
        return entries.stream().map(count::matcher).filter(Matcher::find).mapToLong(m -> Long.parseLong(m.group(1))).sum();
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
}
