package org.liaison.agreements;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.liaison.agreements.internal.Viewer;
import org.liaison.directory.AgencyId;
import org.liaison.identity.Reach;
import org.liaison.identity.Role;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * What each kind of caller sees and changes of a restricted agreement between KH/SPO and LA/SPPO; an open one is
 * shown to whoever the facade lets read at all.
 */
class ViewerTests {

    private static final AgreementSummary RESTRICTED = summary(true);
    private static final AgreementSummary OPEN = summary(false);

    @AfterEach
    void clear() {
        SecurityContextHolder.clearContext();
    }

    @ParameterizedTest(name = "{0}: sees {1}, manages {2}, asks about KH/SPO data {3}")
    @CsvSource(delimiter = '|', textBlock = """
            officer of KH/SPO              | true  | false | true
            officer of KH/SPO/DEP          | true  | false | false
            officer of KH/MOI              | false | false | false
            secretary of LA/SPPO           | true  | true  | false
            secretary of KH/MOI            | false | false | false
            administrator of VN/MPS        | true  | true  | true
            the node                       | true  | true  | true
            a partner node                 | false | false | false
            nobody                         | false | false | false
            """)
    void showsAndLetsChangeARestrictedAgreementOnlyToItsPartiesAndAdministrators(String caller, boolean sees,
                                                                                boolean manages, boolean asks) {
        var viewer = new Viewer(reach(caller));

        assertThat(viewer.maySee(RESTRICTED)).isEqualTo(sees);
        assertThat(viewer.maySee(OPEN)).isTrue();
        assertThat(viewer.mayManage(RESTRICTED.parties())).isEqualTo(manages);
        assertThat(viewer.reaches(AgencyId.of("KH/SPO"))).isEqualTo(asks);
    }

    @Test
    void withNoAuthenticationAtAllItIsNobodyWithNoRightsNotTheNode() {
        SecurityContextHolder.clearContext();
        var viewer = Viewer.current();

        assertThat(viewer.reach()).isInstanceOf(Reach.Nobody.class);
        assertThat(viewer.maySee(RESTRICTED)).isFalse();
        assertThat(viewer.maySee(OPEN)).isTrue();
        assertThat(viewer.mayManage(OPEN.parties())).isFalse();
        assertThat(viewer.mayRegister()).isFalse();
        assertThat(viewer.reaches(AgencyId.of("KH/SPO"))).isFalse();
    }

    private static Reach reach(String caller) {
        return switch (caller) {
            case "the node" -> new Reach.Node("system:test");
            case "a partner node" -> new Reach.Partner("node:LA-1");
            case "nobody" -> new Reach.Nobody();
            default -> {
                var words = caller.split(" of ");
                var role = switch (words[0]) {
                    case "secretary" -> Role.COMMITTEE_SECRETARY;
                    case "administrator" -> Role.ADMIN;
                    default -> Role.OFFICER;
                };
                yield new Reach.Officer("someone", AgencyId.of(words[1]), Set.of(role));
            }
        };
    }

    private static AgreementSummary summary(boolean restricted) {
        var draft = AgreementMother.draft("T-VIEW-1", "KH/SPO", "LA/SPPO");
        return new AgreementSummary(draft.id(), draft.kind(), draft.title(), null, AgreementStatus.IN_FORCE, restricted,
                List.of(Party.of("KH/SPO"), Party.of("LA/SPPO")), null, draft.validity(), 2026, draft.areas());
    }
}
