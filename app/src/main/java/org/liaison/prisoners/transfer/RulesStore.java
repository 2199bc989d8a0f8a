package org.liaison.prisoners.transfer;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import org.liaison.agreements.AgreementId;
import org.liaison.directory.AgencyId;
import org.liaison.prisoners.TransferRules;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Each agreement's transfer rules and approval chain per receiving state. */
@Repository
public class RulesStore {

    private static final String SELECT = "select * from prisoner_transfer_rules";

    private final JdbcClient jdbc;

    RulesStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<TransferRules> all() {
        return jdbc.sql(SELECT + " order by agreement_id, receiving_country").query(RulesStore::map).list();
    }

    /** The rules of every agreement that sends prisoners to {@code country}. */
    public List<TransferRules> receivingIn(String country) {
        return jdbc.sql(SELECT + " where receiving_country = ? order by agreement_id").param(country)
                .query(RulesStore::map).list();
    }

    public Optional<TransferRules> find(AgreementId agreement, String country) {
        return jdbc.sql(SELECT + " where agreement_id = ? and receiving_country = ?").params(agreement.value(), country)
                .query(RulesStore::map).optional();
    }

    /** Sets the rules, replacing earlier ones; answers whether there were any. */
    public boolean save(TransferRules rules) {
        var existed = find(rules.agreement(), rules.receivingCountry()).isPresent();
        jdbc.sql("""
                insert into prisoner_transfer_rules (agreement_id, receiving_country, minimum_months_left,
                    final_judgment_required, consent_required, humanitarian_waives_term, humanitarian_waives_consent, chain)
                values (?, ?, ?, ?, ?, ?, ?, ?)
                on conflict (agreement_id, receiving_country) do update set
                    minimum_months_left = excluded.minimum_months_left,
                    final_judgment_required = excluded.final_judgment_required,
                    consent_required = excluded.consent_required,
                    humanitarian_waives_term = excluded.humanitarian_waives_term,
                    humanitarian_waives_consent = excluded.humanitarian_waives_consent, chain = excluded.chain
                """).params(rules.agreement().value(), rules.receivingCountry(), rules.minimumMonthsLeft(),
                rules.finalJudgmentRequired(), rules.consentRequired(), rules.humanitarianWaivesTerm(),
                rules.humanitarianWaivesConsent(), rules.chain().stream().map(AgencyId::value).toArray(String[]::new))
                .update();
        return existed;
    }

    private static TransferRules map(ResultSet rs, int row) throws SQLException {
        var chain = Arrays.stream((String[]) rs.getArray("chain").getArray()).map(AgencyId::of).toList();
        return new TransferRules(AgreementId.of(rs.getString("agreement_id")), rs.getString("receiving_country"),
                rs.getInt("minimum_months_left"), rs.getBoolean("final_judgment_required"),
                rs.getBoolean("consent_required"), rs.getBoolean("humanitarian_waives_term"),
                rs.getBoolean("humanitarian_waives_consent"), chain);
    }
}
