package org.liaison.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Set;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.liaison.directory.AgencyId;
import org.liaison.shared.Permissions;
import org.springframework.expression.EvaluationException;

/** {@link Reach#allows} answers the named rules of {@link Permissions} as method security does, for every kind of caller. */
class ReachPermissionsTests {

    private static final AgencyId GDI = AgencyId.of("KH/MOI/GDI");

    static Stream<Arguments> callers() {
        return Stream.of(
                // caller, signed in, admin, screens, issues alerts, decides hits, manages agreements, prosecutes
                Arguments.of(officer(Role.BORDER_OFFICER), true, false, true, false, true, false, false),
                Arguments.of(officer(Role.ANALYST), true, false, true, true, false, false, false),
                Arguments.of(officer(Role.OFFICER), true, false, true, true, true, false, false),
                Arguments.of(officer(Role.PROSECUTOR), true, false, false, false, false, false, true),
                Arguments.of(officer(Role.PRISON_OFFICER), true, false, false, false, false, false, false),
                Arguments.of(officer(Role.COMMITTEE_SECRETARY), true, false, false, false, false, true, false),
                Arguments.of(officer(Role.ADMIN), true, true, true, true, true, true, false),
                Arguments.of(new Reach.Node("system:test"), true, true, true, true, true, true, false),
                Arguments.of(new Reach.Partner("node:LA-1"), false, false, false, false, false, false, false),
                Arguments.of(new Reach.Nobody(), false, false, false, false, false, false, false));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("callers")
    void answersEachNamedRuleForEachKindOfCaller(Reach caller, boolean signedIn, boolean admin, boolean screens,
                                                 boolean issuesAlerts, boolean decidesHits, boolean managesAgreements,
                                                 boolean prosecutes) {
        assertThat(caller.allows(Permissions.SIGNED_IN)).as("signed in").isEqualTo(signedIn);
        assertThat(caller.allows(Permissions.ADMIN)).as("administers").isEqualTo(admin);
        assertThat(caller.allows(Permissions.SCREENS)).as("screens").isEqualTo(screens);
        assertThat(caller.allows(Permissions.ISSUES_ALERTS)).as("issues alerts").isEqualTo(issuesAlerts);
        assertThat(caller.allows(Permissions.DECIDES_HITS)).as("decides hits").isEqualTo(decidesHits);
        assertThat(caller.allows(Permissions.MANAGES_AGREEMENTS)).as("manages agreements").isEqualTo(managesAgreements);
        assertThat(caller.allows(Permissions.PROSECUTES)).as("prosecutes").isEqualTo(prosecutes);
    }

    @Test
    void evaluatesOnlyTheReachBeanNeverATypeOrAnotherBean() {
        var admin = officer(Role.ADMIN);

        assertThatThrownBy(() -> admin.allows("T(java.lang.Math).abs(-1) == 1")).isInstanceOf(EvaluationException.class);
        assertThatThrownBy(() -> admin.allows("@dataSource != null")).isInstanceOf(EvaluationException.class);
    }

    private static Reach officer(Role role) {
        return new Reach.Officer("kh." + role.name().toLowerCase(), GDI, Set.of(role));
    }
}
