package org.liaison.exchange.outbound;

import java.time.Instant;

import org.liaison.exchange.Message;
import org.liaison.exchange.store.ExchangeMessages;
import org.liaison.exchange.trust.Envelopes;
import org.liaison.exchange.wire.ReadNotice;
import org.liaison.node.ThisNode;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Queues a signed read notice for the sender's node in the transaction that marks a message read, so the
 * notice leaves if and only if that commits, and reaches the sender whenever it is up again.
 */
@Component
public class NoticeOutbox {

    private final Notices notices;
    private final ExchangeMessages messages;
    private final Envelopes envelopes;
    private final DeliveryWorker worker;
    private final ThisNode node;

    NoticeOutbox(Notices notices, ExchangeMessages messages, Envelopes envelopes, DeliveryWorker worker, ThisNode node) {
        this.notices = notices;
        this.messages = messages;
        this.envelopes = envelopes;
        this.worker = worker;
        this.node = node;
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public void read(Message message, Instant at) {
        var stored = messages.stored(message.id()).orElseThrow();
        var notice = envelopes.seal(new ReadNotice(1, message.id().toString(), stored.sha256(), node.id(),
                message.recipient().value(), at));
        notices.queue(message.id(), message.senderNode(), notice, at);
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                worker.wake();
            }
        });
    }
}
