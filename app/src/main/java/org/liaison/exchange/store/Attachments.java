package org.liaison.exchange.store;

import java.util.List;

import org.liaison.exchange.Attachment;
import org.liaison.exchange.MessageId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Files sent or received with messages, in the order the envelope lists them. */
@Repository
public class Attachments {

    private final JdbcClient jdbc;

    Attachments(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void add(MessageId message, List<Attachment> files) {
        for (int i = 0; i < files.size(); i++) {
            var file = files.get(i);
            jdbc.sql("""
                    insert into exchange_attachment (message_id, position, filename, media_type, size_bytes, sha256, content)
                    values (?, ?, ?, ?, ?, ?, ?)""")
                    .params(message.value(), i, file.filename(), file.mediaType(), file.content().length, file.sha256(),
                            file.content()).update();
        }
    }

    /**
     * Erases the names and bytes of these messages' files (retention purge); position, media type, size and
     * SHA-256 stay, so a file kept elsewhere can still be matched to the signed envelope's list.
     */
    public void erase(List<MessageId> messages) {
        jdbc.sql("update exchange_attachment set content = null, filename = 'file-' || (position + 1) where message_id = any(?)")
                .param(messages.stream().map(MessageId::value).toArray(java.util.UUID[]::new)).update();
    }

    /** The files of several messages in one query; messages without files are absent. */
    public java.util.Map<MessageId, List<Attachment>> ofAll(List<MessageId> messages) {
        var files = new java.util.HashMap<MessageId, List<Attachment>>();
        jdbc.sql("""
                select message_id, filename, media_type, content from exchange_attachment where message_id = any(?)
                order by message_id, position""")
                .param(messages.stream().map(MessageId::value).toArray(java.util.UUID[]::new))
                .query((rs, n) -> files.computeIfAbsent(new MessageId(rs.getObject(1, java.util.UUID.class)),
                        id -> new java.util.ArrayList<>()).add(new Attachment(rs.getString(2), rs.getString(3), rs.getBytes(4))))
                .list();
        return files;
    }

    List<Attachment> of(MessageId message) {
        return jdbc.sql("""
                select filename, media_type, content from exchange_attachment where message_id = ? and content is not null
                order by position""")
                .param(message.value())
                .query((rs, n) -> new Attachment(rs.getString(1), rs.getString(2), rs.getBytes(3))).list();
    }
}
