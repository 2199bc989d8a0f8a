package org.liaison.exchange;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * One batch of the retention purge erased these messages' payloads (ADR 0011). Published inside the batch's
 * transaction, so what other modules keep of these messages is erased with them or not at all.
 *
 * @param batch names the batch; the exchange's {@code MESSAGES_PURGED} audit entry has it as its subject
 */
public record MessagesPurged(UUID batch, List<MessageId> messages, Instant at) {

    public MessagesPurged {
        messages = List.copyOf(messages);
    }
}
