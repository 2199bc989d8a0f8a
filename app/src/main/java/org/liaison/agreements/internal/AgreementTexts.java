package org.liaison.agreements.internal;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.liaison.agreements.AgreementDocument;
import org.liaison.agreements.AgreementId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The texts of agreements as uploaded documents, with their SHA-256. */
@Repository
public class AgreementTexts {

    private final JdbcClient jdbc;

    AgreementTexts(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<AgreementDocument> of(AgreementId agreement) {
        return jdbc.sql("""
                select id, language, filename, media_type, size_bytes, sha256, uploaded_at, uploaded_by
                from agreement_document where agreement_id = ? order by language, uploaded_at
                """).param(agreement.value()).query((rs, n) -> new AgreementDocument(rs.getObject(1, UUID.class),
                        rs.getString(2), rs.getString(3), rs.getString(4), rs.getInt(5), rs.getString(6),
                        rs.getTimestamp(7).toInstant(), rs.getString(8))).list();
    }

    public void insert(AgreementId agreement, AgreementDocument document, byte[] content) {
        jdbc.sql("""
                insert into agreement_document (id, agreement_id, language, filename, media_type, size_bytes, sha256,
                    content, uploaded_at, uploaded_by)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                """).params(document.id(), agreement.value(), document.language(), document.filename(),
                        document.mediaType(), document.sizeBytes(), document.sha256(), content,
                        java.sql.Timestamp.from(document.uploadedAt()), document.uploadedBy()).update();
    }

    public Optional<byte[]> content(AgreementId agreement, UUID document) {
        return jdbc.sql("select content from agreement_document where agreement_id = ? and id = ?")
                .params(agreement.value(), document).query(byte[].class).optional();
    }
}
