package org.liaison;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.TestInstance;
import org.liaison.identity.OfficerAccounts;
import org.liaison.identity.Role;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.context.WebApplicationContext;

/**
 * Who may do what to the records of one agency, as one table (issue 13): every role, at every relation to the
 * agency, against every module's reads and changes, each cell its own test through the HTTP API or the pages.
 * The expected answers are written below, not asked of {@code Reach}, so the test fails if Reach (or a module's
 * use of it) is wrong. Every refusal of a signed-in officer must be in the audit trail, whether it was answered
 * 403 or, for a record outside their reach, 404; a request without a sign-in is answered 401 (API) or sent to
 * the login page, with no officer to record.
 */
@NodeTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AuthorizationMatrixTests {

    /** The agency whose records are asked about. */
    static final String AGENCY = "KH/MOI/GDI";

    /** Where the asker sits, relative to {@link #AGENCY}; the columns of the table, in this order. */
    enum Relation {
        OWN("at the agency", AGENCY),
        PARENT("at the parent agency", "KH/MOI"),
        CHILD("at a child agency", "KH/MOI/GDI/IMM"),
        SIBLING("at another agency of the same country", "KH/MOI/GDP"),
        PARTNER("at a partner country's agency", "LA/MPS");

        final String words;
        final String agency;

        Relation(String words, String agency) {
            this.words = words;
            this.agency = agency;
        }
    }

    /** The roles, in the order of the table's columns. */
    private static final List<Role> COLUMNS = List.of(Role.ADMIN, Role.OFFICER, Role.ANALYST, Role.PROSECUTOR,
            Role.PRISON_OFFICER, Role.COMMITTEE_SECRETARY, Role.BORDER_OFFICER);

    /**
     * The table: per action, per role, whether the asker at the agency, its parent, its child, a sibling and a
     * partner country's agency is allowed ({@code Y}) or refused ({@code -}).
     */
    private static final Map<MatrixRequests, Map<Role, String>> EXPECTED = new EnumMap<>(MatrixRequests.class);

    static {
        //                                          ADMIN    OFFICER  ANALYST  PROSECUTOR PRISON   SECRETARY BORDER
        expect(MatrixRequests.READ_AGREEMENT,              "YYYYY", "YYYYY", "YYYYY", "YYYYY", "YYYYY", "YYYYY", "YYYYY");
        // a restricted agreement is for officers acting within a party (not those above it) and administrators;
        // the rest are answered 404. Secretaries manage what their agency acts within a party of, likewise.
        expect(MatrixRequests.READ_RESTRICTED_AGREEMENT,   "YYYYY", "Y-Y--", "Y-Y--", "Y-Y--", "Y-Y--", "Y-Y--", "Y-Y--");
        expect(MatrixRequests.CHANGE_AGREEMENT,            "YYYYY", "-----", "-----", "-----", "-----", "Y-Y--", "-----");
        expect(MatrixRequests.CHANGE_RESTRICTED_AGREEMENT, "YYYYY", "-----", "-----", "-----", "-----", "Y-Y--", "-----");
        expect(MatrixRequests.CONFIRM_CLAUSE_REMOVAL,      "YYYYY", "-----", "-----", "-----", "-----", "Y-Y--", "-----");
        expect(MatrixRequests.EXPORT_AGREEMENTS,           "YYYYY", "YYYYY", "YYYYY", "YYYYY", "YYYYY", "YYYYY", "YYYYY");
        expect(MatrixRequests.READ_COMMITTEE,              "YYYYY", "YYYYY", "YYYYY", "YYYYY", "YYYYY", "YYYYY", "YYYYY");
        // a committee's secretaries include those above a party: a ministry manages its departments' committees
        expect(MatrixRequests.CHANGE_COMMITTEE,            "YYYYY", "-----", "-----", "-----", "-----", "YYY--", "-----");
        // the message went to LA/MPS: its officers see it as its recipient; administrators see every message
        expect(MatrixRequests.READ_MESSAGE,                "YYYYY", "YY--Y", "YY--Y", "YY--Y", "YY--Y", "YY--Y", "YY--Y");
        // sent from the asker's own agency: KH/MOI's agreement with Laos covers all of KH/MOI; LA/MPS is not of this node
        expect(MatrixRequests.SEND_MESSAGE,                "YYYY-", "YYYY-", "YYYY-", "YYYY-", "YYYY-", "YYYY-", "YYYY-");
        // alerts are the whole node's watchlist: every screener screens against all of them
        expect(MatrixRequests.READ_ALERT,                  "YYYYY", "YYYYY", "YYYYY", "-----", "-----", "-----", "YYYYY");
        expect(MatrixRequests.READ_HIT,                    "YYYYY", "YY---", "YY---", "-----", "-----", "-----", "YY---");
        expect(MatrixRequests.DECIDE_HIT,                  "YYYYY", "YY---", "-----", "-----", "-----", "-----", "YY---");
        expect(MatrixRequests.READ_LIST,                   "YYYYY", "YY---", "YY---", "-----", "-----", "-----", "YY---");
        expect(MatrixRequests.UPLOAD_LIST,                 "YYYYY", "YYYYY", "YYYYY", "-----", "-----", "-----", "YYYYY");
        expect(MatrixRequests.READ_USERS,                  "YYYYY", "-----", "-----", "-----", "-----", "-----", "-----");
        // a node administrator manages the officers of every agency of the node's country, none of another country
        expect(MatrixRequests.CHANGE_USER,                 "YYYY-", "-----", "-----", "-----", "-----", "-----", "-----");
        expect(MatrixRequests.READ_AUDIT,                  "YYYYY", "-----", "-----", "-----", "-----", "-----", "-----");
        // a case is its lead agency's and the agencies above it: officers, analysts, prosecutors and border officers
        // read it; officers and border officers add to it; those beside or below it are answered 404
        expect(MatrixRequests.READ_CASE,                   "YYYYY", "YY---", "YY---", "YY---", "-----", "-----", "YY---");
        expect(MatrixRequests.CHANGE_CASE,                 "YYYYY", "YY---", "-----", "-----", "-----", "-----", "YY---");
        // a prisoner's record is the holding administration's prison officers' (and above it), and administrators'
        expect(MatrixRequests.READ_PRISONER,               "YYYYY", "-----", "-----", "-----", "YY---", "-----", "-----");
        // a transfer case also shows (without health data) to the agencies on this state's chain: the case's chain
        // runs through the agency itself and its sibling KH/MOI/GDP, so officers there see it, as do those above
        expect(MatrixRequests.READ_TRANSFER,               "YYYYY", "YY-Y-", "YY-Y-", "YY-Y-", "YY-Y-", "YY-Y-", "YY-Y-");
        // a partner's transfer is answered by the prison officers of the agency asked, not by administrators
        expect(MatrixRequests.READ_PARTNER_TRANSFER,       "-----", "-----", "-----", "-----", "YY---", "-----", "-----");
        // mutual legal assistance is for the office's prosecutors (and above it), not administrators; an officer
        // sees a request only when a prosecutor named them on it (none is named here)
        expect(MatrixRequests.READ_ASSISTANCE,             "-----", "-----", "-----", "YY---", "-----", "-----", "-----");
        expect(MatrixRequests.CHANGE_ASSISTANCE,           "-----", "-----", "-----", "YY---", "-----", "-----", "-----");
        // a border pass is its issuing agency's and the agencies above it; any border officer verifies passes
        expect(MatrixRequests.READ_PASS,                   "YYYYY", "-----", "-----", "-----", "-----", "-----", "YY---");
        expect(MatrixRequests.VERIFY_PASS,                 "YYYYY", "-----", "-----", "-----", "-----", "-----", "YYYYY");
    }

    private static final AtomicInteger ASKERS = new AtomicInteger();

    @Autowired WebApplicationContext context;
    @Autowired JdbcClient jdbc;
    @Autowired OfficerAccounts accounts;

    private MockMvc mvc;
    private MatrixRecords records;

    @BeforeAll
    void theAgencyHasOneRecordOfEachKind() throws Exception {
        mvc = MockMvcs.withSecurity(context);
        records = new MatrixRecords(mvc, jdbc, accounts, AGENCY, COLUMNS.size() * Relation.values().length + 1);
    }

    @AfterAll
    void laosIsNoPartnerAgain() {
        records.close();
    }

    @TestFactory
    Stream<DynamicTest> everyRoleAtEveryRelationIsAllowedOrRefusedAsTheTableSays() {
        var cells = new ArrayList<DynamicTest>();
        EXPECTED.forEach((action, byRole) -> {
            byRole.forEach((role, row) -> {
                for (var relation : Relation.values()) {
                    var allowed = row.charAt(relation.ordinal()) == 'Y';
                    var name = describe(role) + " " + relation.words + " " + (allowed ? "may " : "may not ")
                            + action.phrase + " " + AGENCY + " (" + relation.agency + ")";
                    cells.add(DynamicTest.dynamicTest(name, () -> assertCell(action, role, relation, allowed)));
                }
            });
            cells.add(DynamicTest.dynamicTest("no one without a sign-in may " + action.phrase + " " + AGENCY,
                    () -> assertUnauthenticatedRefused(action)));
        });
        return cells.stream();
    }

    private void assertCell(MatrixRequests action, Role role, Relation relation, boolean allowed) throws Exception {
        var asker = "matrix-" + ASKERS.incrementAndGet();
        var response = mvc.perform(action.against(records)
                .with(authentication(OfficerContext.authentication(asker, relation.agency, role.name()))))
                .andReturn().getResponse();
        var answer = response.getStatus() + " " + response.getRedirectedUrl() + " " + response.getContentAsString();
        if (allowed) {
            assertThat(response.getStatus()).as("allowed, answered %s", answer).isBetween(200, 399);
            assertThat(String.valueOf(response.getRedirectedUrl())).as("allowed, not sent to sign in").doesNotContain("/login");
            assertThat(denials(asker)).as("no refusal audited").isZero();
        } else {
            assertThat(response.getStatus()).as("refused, answered %s", answer).isIn(403, 404);
            assertThat(denials(asker)).as("the refusal (%s) is audited", response.getStatus()).isPositive();
        }
    }

    private void assertUnauthenticatedRefused(MatrixRequests action) throws Exception {
        MockHttpServletResponse response = mvc.perform(action.against(records)).andReturn().getResponse();
        if (action.api()) {
            assertThat(response.getStatus()).as(response.getContentAsString()).isEqualTo(401);
        } else {
            assertThat(response.getStatus()).isEqualTo(302);
            assertThat(response.getRedirectedUrl()).endsWith("/login");
        }
    }

    private long denials(String asker) {
        return jdbc.sql("select count(*) from audit_entry where actor = ? and outcome = 'DENIED'").param(asker)
                .query(Long.class).single();
    }

    private static void expect(MatrixRequests action, String... rowPerRole) {
        var byRole = new EnumMap<Role, String>(Role.class);
        for (int i = 0; i < COLUMNS.size(); i++) {
            byRole.put(COLUMNS.get(i), rowPerRole[i]);
        }
        EXPECTED.put(action, byRole);
    }

    private static String describe(Role role) {
        return switch (role) {
            case ADMIN -> "an administrator";
            case OFFICER -> "an officer";
            case ANALYST -> "an analyst";
            case PROSECUTOR -> "a prosecutor";
            case PRISON_OFFICER -> "a prison officer";
            case COMMITTEE_SECRETARY -> "a committee secretary";
            case BORDER_OFFICER -> "a border officer";
        };
    }
}
