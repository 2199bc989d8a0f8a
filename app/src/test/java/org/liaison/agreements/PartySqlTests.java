package org.liaison.agreements;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BiPredicate;
import java.util.function.Function;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.liaison.NodeTest;
import org.liaison.directory.AgencyId.SqlCondition;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The party rule in SQL, as the lists filter by it, answers as {@link Party#covers(Party)} does in Java. */
@NodeTest
class PartySqlTests {

    private static final List<String> STORED = List.of("KH", "LA", "KH/MOI", "KH/MOI/GDP", "KH/MOI/GDP/A1", "KH/MOIX",
            "KH/SPO", "LA/MPS", "LA/MPS/PRI");

    @Autowired JdbcClient jdbc;

    @ParameterizedTest
    @ValueSource(strings = { "KH", "LA", "VN", "KH/MOI", "KH/MOI/GDP", "LA/MPS/PRI", "KH/MOIX" })
    void theSubtreeHoldsThePartiesWithinIt(String value) {
        var party = Party.of(value);
        assertThat(select(party::subtree))
                .containsExactlyInAnyOrderElementsOf(expected((p, stored) -> p.covers(stored), party));
    }

    @ParameterizedTest
    @ValueSource(strings = { "KH", "LA", "KH/MOI", "KH/MOI/GDP", "KH/MOI/GDP/A1", "LA/MPS/PRI/A1" })
    void coveringHoldsThePartiesItLiesWithin(String value) {
        var party = Party.of(value);
        assertThat(select(party::covering))
                .containsExactlyInAnyOrderElementsOf(expected((p, stored) -> stored.covers(p), party));
    }

    @ParameterizedTest
    @ValueSource(strings = { "KH", "KH/MOI", "KH/MOI/GDP", "LA/MPS" })
    void relatedHoldsBoth(String value) {
        var party = Party.of(value);
        assertThat(select(party::related)).containsExactlyInAnyOrderElementsOf(
                expected((p, stored) -> p.covers(stored) || stored.covers(p), party));
    }

    private List<String> select(Function<String, SqlCondition> condition) {
        var where = condition.apply("t.party");
        var params = new ArrayList<Object>(STORED);
        params.addAll(where.params());
        var rows = String.join(", ", STORED.stream().map(s -> "(?)").toList());
        return jdbc.sql("select t.party from (values " + rows + ") t(party) where " + where.sql())
                .params(params).query(String.class).list();
    }

    private static List<String> expected(BiPredicate<Party, Party> rule, Party party) {
        return STORED.stream().filter(stored -> rule.test(party, Party.of(stored))).toList();
    }
}
