package org.liaison.agreements.internal;

import java.util.EnumSet;
import java.util.Set;

import org.liaison.agreements.AgreementField;
import org.liaison.agreements.AgreementId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The particulars of each agreement that are assumed rather than stated by a source. */
@Repository
public class AgreementAssumptions {

    private final JdbcClient jdbc;

    AgreementAssumptions(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Set<AgreementField> of(AgreementId agreement) {
        var fields = EnumSet.noneOf(AgreementField.class);
        jdbc.sql("select field from agreement_assumption where agreement_id = ?").param(agreement.value())
                .query(String.class).list().forEach(field -> fields.add(AgreementField.valueOf(field)));
        return fields;
    }

    /** Marks the fields; answers those that were not marked before. */
    public Set<AgreementField> mark(AgreementId agreement, Set<AgreementField> fields) {
        var added = EnumSet.noneOf(AgreementField.class);
        for (var field : fields) {
            if (jdbc.sql("insert into agreement_assumption (agreement_id, field) values (?, ?) on conflict do nothing")
                    .params(agreement.value(), field.name()).update() == 1) {
                added.add(field);
            }
        }
        return added;
    }
}
