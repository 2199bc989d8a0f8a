package org.liaison.prisoners.transfer;

import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.liaison.exchange.ConversationId;
import org.liaison.prisoners.TransferId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The sending state's numbering of a transfer's messages: the next number for each step it sends, the one it
 * expects next from the partner, and the conversation the steps travel in (the exchange keeps a conversation's
 * order, so numbered steps arrive in turn even after an outage).
 */
@Repository
class StepSequences {

    private final JdbcClient jdbc;

    StepSequences(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    int nextSent(TransferId id) {
        return jdbc.sql("update prisoner_transfer set sent_sequence = sent_sequence + 1 where id = ? returning sent_sequence")
                .param(id.value()).query(Integer.class).single();
    }

    int sent(TransferId id) {
        return jdbc.sql("select sent_sequence from prisoner_transfer where id = ?").param(id.value())
                .query(Integer.class).single();
    }

    int received(TransferId id) {
        return jdbc.sql("select received_sequence from prisoner_transfer where id = ?").param(id.value())
                .query(Integer.class).single();
    }

    /** Takes {@code sequence} if it is the next one expected from the partner; false for a replay or a gap. */
    boolean take(TransferId id, int sequence) {
        return jdbc.sql("update prisoner_transfer set received_sequence = ? where id = ? and received_sequence = ?")
                .params(sequence, id.value(), sequence - 1).update() == 1;
    }

    @Nullable ConversationId conversation(TransferId id) {
        var value = jdbc.sql("select conversation_id from prisoner_transfer where id = ?").param(id.value())
                .query((rs, row) -> rs.getObject(1, UUID.class)).list();
        return value.isEmpty() || value.getFirst() == null ? null : new ConversationId(value.getFirst());
    }

    void keepConversation(TransferId id, ConversationId conversation) {
        jdbc.sql("update prisoner_transfer set conversation_id = ? where id = ? and conversation_id is null")
                .params(conversation.value(), id.value()).update();
    }
}
