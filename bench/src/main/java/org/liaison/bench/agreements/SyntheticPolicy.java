package org.liaison.bench.agreements;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

import org.liaison.agreements.AgreementId;
import org.liaison.agreements.AgreementStatus;
import org.liaison.agreements.ClauseRef;
import org.liaison.agreements.DataCategory;
import org.liaison.agreements.HandlingCode;
import org.liaison.agreements.Party;
import org.liaison.agreements.PolicyQuery;
import org.liaison.agreements.Purpose;
import org.liaison.agreements.policy.PolicyRule;
import org.liaison.directory.AgencyId;

/**
 * A registry the size the issue names, generated with a fixed seed: 1,000 agreements between agencies of
 * five countries (20 ministries each with 5 departments), 20 clauses each, and queries of which about half
 * are allowed and the rest hit every deny reason.
 */
final class SyntheticPolicy {

    static final String[] COUNTRIES = { "KH", "LA", "VN", "TH", "MM" };
    static final ZoneId ZONE = ZoneId.of("Asia/Phnom_Penh");

    final List<Clause> clauses = new ArrayList<>();
    final List<PolicyQuery> queries = new ArrayList<>();

    /** One generated clause with what the SQL baseline stores about it and its agreement. */
    record Clause(String agreement, String article, AgreementStatus status, String from, String to, boolean reciprocal,
                  Set<DataCategory> categories, Set<Purpose> purposes, LocalDate validFrom, LocalDate validUntil) {

        PolicyRule rule(boolean reverse) {
            return new PolicyRule(new ClauseRef(AgreementId.of(agreement), article), agreement, status,
                    Party.of(reverse ? to : from), Party.of(reverse ? from : to), categories, purposes,
                    HandlingCode.AMBER, 365, validFrom.atStartOfDay(ZONE).toInstant(),
                    validUntil.plusDays(1).atStartOfDay(ZONE).toInstant());
        }
    }

    SyntheticPolicy(int agreements, int clausesPerAgreement, int queryCount) {
        var random = new Random(20261125);
        for (int a = 0; a < agreements; a++) {
            var countries = twoCountries(random);
            var partyA = ministry(random, countries[0]);
            var partyB = ministry(random, countries[1]);
            var status = random.nextInt(10) < 8 ? AgreementStatus.IN_FORCE : AgreementStatus.SIGNED;
            var from = LocalDate.of(2015 + random.nextInt(12), 1 + random.nextInt(12), 1);
            var until = from.plusYears(1 + random.nextInt(8));
            for (int c = 0; c < clausesPerAgreement; c++) {
                boolean forward = random.nextBoolean();
                clauses.add(new Clause(String.format("BENCH-%04d", a), String.valueOf(c + 1), status,
                        forward ? maybeDepartment(random, partyA) : maybeDepartment(random, partyB),
                        forward ? maybeDepartment(random, partyB) : maybeDepartment(random, partyA),
                        random.nextBoolean(), some(random, DataCategory.values(), DataCategory.class, 4),
                        some(random, Purpose.values(), Purpose.class, 3), from, until));
            }
        }
        for (int q = 0; q < queryCount; q++) {
            queries.add(random.nextBoolean() ? fromClause(random) : anyQuery(random));
        }
    }

    List<PolicyRule> rules() {
        var rules = new ArrayList<PolicyRule>();
        for (var clause : clauses) {
            rules.add(clause.rule(false));
            if (clause.reciprocal()) {
                rules.add(clause.rule(true));
            }
        }
        return rules;
    }

    private PolicyQuery fromClause(Random random) {
        var clause = clauses.get(random.nextInt(clauses.size()));
        var category = clause.categories().iterator().next();
        var purpose = clause.purposes().iterator().next();
        var at = clause.validFrom().plusDays(random.nextInt(400)).atStartOfDay(ZONE).toInstant();
        return new PolicyQuery(AgencyId.of(below(random, clause.from())), AgencyId.of(below(random, clause.to())),
                category, purpose, at);
    }

    private PolicyQuery anyQuery(Random random) {
        var countries = twoCountries(random);
        return new PolicyQuery(AgencyId.of(maybeDepartment(random, ministry(random, countries[0]))),
                AgencyId.of(maybeDepartment(random, ministry(random, countries[1]))),
                DataCategory.values()[random.nextInt(DataCategory.values().length)],
                Purpose.values()[random.nextInt(Purpose.values().length)],
                Instant.parse("2015-01-01T00:00:00Z").plusSeconds(random.nextLong(400_000_000L)));
    }

    private static String[] twoCountries(Random random) {
        int a = random.nextInt(COUNTRIES.length);
        int b = (a + 1 + random.nextInt(COUNTRIES.length - 1)) % COUNTRIES.length;
        return new String[] { COUNTRIES[a], COUNTRIES[b] };
    }

    private static String ministry(Random random, String country) {
        return country + "/M" + String.format("%02d", random.nextInt(20));
    }

    private static String maybeDepartment(Random random, String ministry) {
        return random.nextInt(3) == 0 ? ministry + "/D" + random.nextInt(5) : ministry;
    }

    private static String below(Random random, String party) {
        return party.chars().filter(ch -> ch == '/').count() == 1 && random.nextBoolean()
                ? party + "/D" + random.nextInt(5) : party;
    }

    private static <E extends Enum<E>> Set<E> some(Random random, E[] values, Class<E> type, int max) {
        var set = EnumSet.noneOf(type);
        int n = 1 + random.nextInt(max);
        while (set.size() < n) {
            set.add(values[random.nextInt(values.length)]);
        }
        return set;
    }
}
