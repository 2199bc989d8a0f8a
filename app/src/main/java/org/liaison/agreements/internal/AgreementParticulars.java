package org.liaison.agreements.internal;

import java.sql.Types;
import java.util.List;
import java.util.UUID;

import org.liaison.agreements.AgreementId;
import org.liaison.agreements.AgreementLink;
import org.liaison.agreements.LinkKind;
import org.liaison.agreements.Party;
import org.liaison.agreements.Signatory;
import org.liaison.agreements.SignatoryRole;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Signatories and links between instruments: the particulars of agreements beyond their own row. */
@Repository
public class AgreementParticulars {

    private final JdbcClient jdbc;

    AgreementParticulars(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<Signatory> signatoriesOf(AgreementId agreement) {
        return jdbc.sql("""
                select party, role, name, native_name, title from agreement_signatory
                where agreement_id = ? order by position
                """).param(agreement.value()).query((rs, n) -> new Signatory(Party.of(rs.getString(1)),
                        SignatoryRole.valueOf(rs.getString(2)), rs.getString(3), rs.getString(4), rs.getString(5)))
                .list();
    }

    public void addSignatory(AgreementId agreement, Signatory signatory) {
        jdbc.sql("""
                insert into agreement_signatory (id, agreement_id, party, role, name, native_name, title, position)
                values (:id, :agreement, :party, :role, :name, :nativeName, :title,
                        (select coalesce(max(position), 0) + 1 from agreement_signatory where agreement_id = :agreement))
                """).param("id", UUID.randomUUID()).param("agreement", agreement.value())
                .param("party", signatory.party().value()).param("role", signatory.role().name())
                .param("name", signatory.name().strip()).param("nativeName", signatory.nativeName(), Types.VARCHAR)
                .param("title", signatory.title(), Types.VARCHAR).update();
    }

    public List<AgreementLink> linksFrom(AgreementId agreement) {
        return jdbc.sql("select kind, to_id from agreement_link where from_id = ? order by kind, to_id")
                .param(agreement.value())
                .query((rs, n) -> new AgreementLink(LinkKind.valueOf(rs.getString(1)), AgreementId.of(rs.getString(2))))
                .list();
    }

    /** Links pointing at this agreement, read from the other side: "renewed by", "implemented by". */
    public List<AgreementLink> linksTo(AgreementId agreement) {
        return jdbc.sql("select kind, from_id from agreement_link where to_id = ? order by kind, from_id")
                .param(agreement.value())
                .query((rs, n) -> new AgreementLink(LinkKind.valueOf(rs.getString(1)), AgreementId.of(rs.getString(2))))
                .list();
    }

    public boolean link(AgreementId from, LinkKind kind, AgreementId to) {
        return jdbc.sql("insert into agreement_link (from_id, kind, to_id) values (?, ?, ?) on conflict do nothing")
                .params(from.value(), kind.name(), to.value()).update() == 1;
    }
}
