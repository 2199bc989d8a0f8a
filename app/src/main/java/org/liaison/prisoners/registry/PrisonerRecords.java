package org.liaison.prisoners.registry;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.liaison.directory.AgencyId;
import org.liaison.directory.AgencyId.SqlCondition;
import org.liaison.prisoners.Consent;
import org.liaison.prisoners.IdentityDocument;
import org.liaison.prisoners.Offence;
import org.liaison.prisoners.Prisoner;
import org.liaison.prisoners.PrisonerDraft;
import org.liaison.prisoners.PrisonerId;
import org.liaison.prisoners.Sentence;
import org.liaison.prisoners.Sex;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** The foreign prisoners this node's prison administrations hold. Health columns are read, never listed. */
@Repository
public class PrisonerRecords {

    private static final TypeReference<List<Offence>> OFFENCES = new TypeReference<>() { };
    private static final TypeReference<List<IdentityDocument>> DOCUMENTS = new TypeReference<>() { };
    private static final String SELECT = "select * from prisoner";

    private final JdbcClient jdbc;
    private final JsonMapper json;

    PrisonerRecords(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    public Optional<Prisoner> find(PrisonerId id) {
        return jdbc.sql(SELECT + " where id = ?").param(id.value()).query(this::map).optional();
    }

    /** The prisoners held where {@code reach} holds, matching the nationality and the text if given; no health. */
    public List<Prisoner> search(SqlCondition reach, @Nullable String nationality, @Nullable String text) {
        var where = new ArrayList<String>(List.of(reach.sql()));
        var params = new ArrayList<Object>(reach.params());
        if (nationality != null) {
            where.add("nationality = ?");
            params.add(nationality);
        }
        if (text != null) {
            where.add("(name ilike ? or native_name ilike ? or facility ilike ?)");
            var pattern = "%" + text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
            params.addAll(List.of(pattern, pattern, pattern));
        }
        return jdbc.sql(SELECT + " where " + String.join(" and ", where) + " order by name limit 500")
                .params(params).query(this::map).list().stream().map(Prisoner::withoutHealth).toList();
    }

    public List<Prisoner> all(List<PrisonerId> ids) {
        return jdbc.sql(SELECT + " where id = any(?) order by nationality, name")
                .param(ids.stream().map(PrisonerId::value).toArray(UUID[]::new)).query(this::map).list();
    }

    /** Inserts the record unless one with this id exists (the demo loader's second start); true if inserted. */
    public boolean insert(PrisonerId id, PrisonerDraft draft, Sentence sentence) {
        return jdbc.sql("""
                insert into prisoner (id, administration, facility, name, native_name, native_language, nationality, sex,
                    born_on, documents, offences, sentence_started_on, length_years, length_months, length_days,
                    remission_years, remission_months, remission_days, remand_days, fine, fine_currency, final_judgment,
                    pending_proceedings, consent, humanitarian, humanitarian_grounds, family_contact, health, special_needs)
                values (:id, :administration, :facility, :name, :nativeName, :nativeLanguage, :nationality, :sex,
                    :bornOn, cast(:documents as jsonb), cast(:offences as jsonb), :startedOn, :ly, :lm, :ld, :ry, :rm, :rd,
                    :remand, :fine, :fineCurrency, :finalJudgment, :pending, :consent, :humanitarian, :grounds, :family,
                    :health, :specialNeeds)
                on conflict (id) do nothing
                """).params(params(id, draft, sentence)).update() == 1;
    }

    /** Replaces the record if it is still at {@code version}; false if someone changed it meanwhile. */
    public boolean update(PrisonerId id, int version, PrisonerDraft draft, Sentence sentence) {
        var params = params(id, draft, sentence);
        params.put("version", version);
        return jdbc.sql("""
                update prisoner set administration = :administration, facility = :facility, name = :name,
                    native_name = :nativeName, native_language = :nativeLanguage, nationality = :nationality, sex = :sex,
                    born_on = :bornOn, documents = cast(:documents as jsonb), offences = cast(:offences as jsonb),
                    sentence_started_on = :startedOn, length_years = :ly, length_months = :lm, length_days = :ld,
                    remission_years = :ry, remission_months = :rm, remission_days = :rd, remand_days = :remand,
                    fine = :fine, fine_currency = :fineCurrency, final_judgment = :finalJudgment,
                    pending_proceedings = :pending, consent = :consent, humanitarian = :humanitarian,
                    humanitarian_grounds = :grounds, family_contact = :family, health = :health,
                    special_needs = :specialNeeds, version = version + 1
                where id = :id and version = :version
                """).params(params).update() == 1;
    }

    /** The prisoner withdrew consent to a transfer. */
    public void consentWithdrawn(PrisonerId id) {
        jdbc.sql("update prisoner set consent = 'WITHDRAWN', version = version + 1 where id = ?").param(id.value()).update();
    }

    private java.util.Map<String, Object> params(PrisonerId id, PrisonerDraft d, Sentence s) {
        var p = new java.util.HashMap<String, Object>();
        p.put("id", id.value());
        p.put("administration", d.administration());
        p.put("facility", d.facility());
        p.put("name", d.name());
        p.put("nativeName", d.nativeName());
        p.put("nativeLanguage", d.nativeLanguage());
        p.put("nationality", d.nationality());
        p.put("sex", String.valueOf(d.sex()));
        p.put("bornOn", d.bornOn());
        p.put("documents", json.writeValueAsString(d.documentList()));
        p.put("offences", json.writeValueAsString(d.offenceList()));
        p.put("startedOn", s.startedOn());
        p.put("ly", s.length().getYears());
        p.put("lm", s.length().getMonths());
        p.put("ld", s.length().getDays());
        p.put("ry", s.remission().getYears());
        p.put("rm", s.remission().getMonths());
        p.put("rd", s.remission().getDays());
        p.put("remand", s.remandDays());
        p.put("fine", s.fine());
        p.put("fineCurrency", s.fineCurrency());
        p.put("finalJudgment", d.finalJudgment());
        p.put("pending", d.pendingProceedings());
        p.put("consent", String.valueOf(d.consent()));
        p.put("humanitarian", d.humanitarian());
        p.put("grounds", d.humanitarianGrounds());
        p.put("family", d.familyContact());
        p.put("health", d.health());
        p.put("specialNeeds", d.specialNeeds());
        return p;
    }

    private Prisoner map(ResultSet rs, int row) throws SQLException {
        var sentence = new Sentence(rs.getObject("sentence_started_on", java.time.LocalDate.class),
                Period.of(rs.getInt("length_years"), rs.getInt("length_months"), rs.getInt("length_days")),
                Period.of(rs.getInt("remission_years"), rs.getInt("remission_months"), rs.getInt("remission_days")),
                rs.getInt("remand_days"), rs.getBigDecimal("fine"), rs.getString("fine_currency"));
        return new Prisoner(new PrisonerId(rs.getObject("id", UUID.class)), AgencyId.of(rs.getString("administration")),
                rs.getString("facility"), rs.getString("name"), rs.getString("native_name"),
                rs.getString("native_language"), rs.getString("nationality"), Sex.valueOf(rs.getString("sex")),
                rs.getObject("born_on", java.time.LocalDate.class), json.readValue(rs.getString("documents"), DOCUMENTS),
                json.readValue(rs.getString("offences"), OFFENCES), sentence, rs.getBoolean("final_judgment"),
                rs.getBoolean("pending_proceedings"), Consent.valueOf(rs.getString("consent")),
                rs.getBoolean("humanitarian"), rs.getString("humanitarian_grounds"), rs.getString("family_contact"),
                rs.getString("health"), rs.getString("special_needs"), true, rs.getInt("version"));
    }

}
