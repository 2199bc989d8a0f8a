package org.liaison.screening;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.liaison.NodeTest;
import org.liaison.OfficerContext;
import org.liaison.identity.Role;
import org.liaison.shared.InvalidInput;
import org.liaison.shared.NodeTask;
import org.liaison.shared.NotFound;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;

/**
 * Whom screening answers (issue 13): an officer sees the hits, lists and statistics of their agency and those
 * below it, never the parent's or a sibling's; an administrator sees all; someone not (fully) signed in, or a
 * partner node, nothing at all. The agencies are a fresh tree per run, so other tests' records do not count.
 */
@NodeTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ScreeningReachTests {

    private static final String TOP = "KH/R" + UUID.randomUUID().toString().replace("-", "").substring(0, 8).toUpperCase();
    private static final String CHILD = TOP + "/GDI";
    private static final String GRANDCHILD = CHILD + "/IMM";
    private static final String SIBLING = TOP + "/GDP";
    /** Starts with the top's id as text, but is no agency below it. */
    private static final String LOOKALIKE = TOP + "X";
    private static final List<String> SCREENING_AGENCIES = List.of(TOP, CHILD, GRANDCHILD, SIBLING, LOOKALIKE);
    private static final String NAME = "Sisavath Rattanavong";

    @Autowired Screening screening;

    private Alert alert;
    private final Map<String, HitId> hits = new HashMap<>();
    private final Map<String, BatchId> batches = new HashMap<>();

    @BeforeAll
    void eachAgencyOfTheTreeScreensOnceAndUploadsAList() {
        alert = OfficerContext.as("alert.issuer", TOP, "OFFICER", () -> screening.issue(AlertMother.person(NAME), null));
        for (var agency : SCREENING_AGENCIES) {
            OfficerContext.as("screener", agency, "OFFICER", () -> {
                var match = screening.screen(AlertMother.traveller(NAME, null, null), null).matches().stream()
                        .filter(m -> m.alert().equals(alert.id())).findFirst().orElseThrow();
                hits.put(agency, match.hit());
                batches.put(agency, screening.upload("manifest.csv",
                        "name\nNobody Matches Thisname\n".getBytes(StandardCharsets.UTF_8), null, null).id());
                return null;
            });
        }
    }

    static Stream<Arguments> viewers() {
        return Stream.of(
                Arguments.of("the top agency", TOP, "OFFICER", Set.of(TOP, CHILD, GRANDCHILD, SIBLING)),
                Arguments.of("a child agency", CHILD, "BORDER_OFFICER", Set.of(CHILD, GRANDCHILD)),
                Arguments.of("a grandchild agency", GRANDCHILD, "ANALYST", Set.of(GRANDCHILD)),
                Arguments.of("a sibling of the child", SIBLING, "OFFICER", Set.of(SIBLING)),
                Arguments.of("an agency whose id merely starts like the top's", LOOKALIKE, "OFFICER", Set.of(LOOKALIKE)),
                Arguments.of("another ministry", "KH/MOJ", "OFFICER", Set.of()),
                Arguments.of("an administrator of another ministry", "KH/MOJ", "ADMIN", Set.copyOf(SCREENING_AGENCIES)));
    }

    @ParameterizedTest(name = "an officer of {0} sees the hits, lists and statistics of {3}")
    @MethodSource("viewers")
    void anOfficerSeesTheirAgencyAndThoseBelowItButNotTheParentOrASibling(String who, String agency, String role,
                                                                         Set<String> sees) {
        OfficerContext.as("viewer", agency, role, () -> {
            assertThat(screening.hits(new HitFilter(null, alert.id(), null, 0)))
                    .extracting(h -> h.agency().value()).containsExactlyInAnyOrderElementsOf(sees);
            assertThat(screening.batches()).extracting(b -> b.agency().value())
                    .filteredOn(SCREENING_AGENCIES::contains).containsExactlyInAnyOrderElementsOf(sees);
            for (var screener : SCREENING_AGENCIES) {
                assertFoundOnlyIfSeen(sees.contains(screener), () -> screening.hit(hits.get(screener)));
                assertFoundOnlyIfSeen(sees.contains(screener), () -> screening.batch(batches.get(screener)));
                assertFoundOnlyIfSeen(sees.contains(screener), () -> screening.batchResults(batches.get(screener)));
            }
            if (!role.equals("ADMIN")) {
                var today = screening.statistics(screening.today(), screening.today());
                assertThat(today.screenings()).as("screenings counted").isEqualTo(sees.size());
                assertThat(today.possible()).as("possible matches counted").isEqualTo(sees.size());
            }
            return null;
        });
    }

    @Test
    void aSiblingCannotDecideAHitItDoesNotSee() {
        assertThatThrownBy(() -> OfficerContext.as("sibling", SIBLING, "OFFICER",
                () -> screening.discard(hits.get(CHILD), "not ours to decide"))).isInstanceOf(NotFound.class);
        assertThat(OfficerContext.as("child", CHILD, "OFFICER", () -> screening.hit(hits.get(CHILD))).status())
                .isEqualTo(HitStatus.POSSIBLE);
    }

    @Test
    void anEmptySecurityContextIsRefusedEverythingAndCountsNothing() {
        assertEveryGuardedCallRefused();
        assertThat(screening.awaitingDecision()).isZero();
        assertThat(screening.mayScreen()).isFalse();
        assertThat(screening.mayIssueAlerts()).isFalse();
        assertThat(screening.mayWithdraw(alert)).isFalse();
    }

    @Test
    void aPartnerNodeIsRefusedAsIfNobodyWereSignedIn() {
        NodeTask.runForPartner("LA-1", () -> {
            assertEveryGuardedCallRefused();
            assertThat(screening.awaitingDecision()).isZero();
        });
    }

    @Test
    void theNodeItselfSeesAllButScreensForNoAgency() {
        NodeTask.run("test", () -> {
            assertThat(screening.hits(new HitFilter(null, alert.id(), null, 0))).hasSize(SCREENING_AGENCIES.size());
            assertThatThrownBy(() -> screening.screen(Traveller.named(NAME), null))
                    .isInstanceOf(InvalidInput.class).hasMessageContaining("sign in as one of its officers");
        });
    }

    @ParameterizedTest
    @EnumSource(Role.class)
    void whatThePagesOfferEachRoleIsExactlyWhatTheFacadeLetsItDo(Role role) {
        OfficerContext.as("role." + role.name().toLowerCase(), TOP, role.name(), () -> {
            assertThat(screening.mayScreen()).as("offered screening")
                    .isEqualTo(permitted(() -> screening.alerts(new AlertFilter(null, null, null, null))));
            assertThat(screening.mayIssueAlerts()).as("offered the alert form")
                    .isEqualTo(permitted(() -> screening.alertPartners()));
            assertThat(screening.mayWithdraw(alert)).as("offered withdrawal")
                    .isEqualTo(permitted(() -> screening.alertPartners()));
            return null;
        });
    }

    private void assertEveryGuardedCallRefused() {
        List<Consumer<Screening>> calls = List.of(
                s -> s.screen(Traveller.named(NAME), null),
                s -> s.hits(new HitFilter(null, null, null, 0)),
                s -> s.hit(hits.get(TOP)),
                s -> s.batches(),
                s -> s.batch(batches.get(TOP)),
                s -> s.statistics(s.today(), s.today()),
                s -> s.alerts(new AlertFilter(null, null, null, null)),
                s -> s.alert(alert.id()),
                s -> s.issue(AlertMother.person("Nobody Atall"), null),
                s -> s.withdraw(alert.id(), "by nobody"),
                s -> s.confirm(hits.get(TOP), "by nobody"));
        for (var call : calls) {
            assertThatThrownBy(() -> call.accept(screening))
                    .isInstanceOfAny(AccessDeniedException.class, AuthenticationException.class);
        }
    }

    private static void assertFoundOnlyIfSeen(boolean seen, Runnable lookup) {
        if (seen) {
            lookup.run();
        } else {
            assertThatThrownBy(lookup::run).isInstanceOf(NotFound.class);
        }
    }

    private static boolean permitted(Runnable call) {
        try {
            call.run();
            return true;
        } catch (AccessDeniedException e) {
            return false;
        }
    }
}
