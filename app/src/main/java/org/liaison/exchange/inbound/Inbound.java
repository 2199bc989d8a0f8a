package org.liaison.exchange.inbound;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.liaison.agreements.DataCategory;
import org.liaison.directory.AgencyId;
import org.liaison.exchange.Attachment;
import org.liaison.exchange.ConversationId;
import org.liaison.exchange.MessageId;
import org.liaison.exchange.MessageKind;
import org.liaison.exchange.MessageReceived;
import org.liaison.exchange.ReplyReceived;
import org.liaison.exchange.payload.Payload;
import org.liaison.exchange.store.ExchangeMessages;
import org.liaison.exchange.wire.Envelope;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/** What an accepted message means here: replies close their request, and other modules hear of it. */
@Component
class Inbound {

    private final ExchangeMessages messages;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    Inbound(ExchangeMessages messages, ApplicationEventPublisher events, Clock clock) {
        this.messages = messages;
        this.events = events;
        this.clock = clock;
    }

    /** Publishes the verified, typed payload and files, so that no listener reads the message again. */
    void received(Envelope e, Payload payload, List<Attachment> files) {
        var id = MessageId.parse(e.id());
        var conversation = new ConversationId(UUID.fromString(e.conversation()));
        var sender = AgencyId.of(e.sender().agency());
        events.publishEvent(new MessageReceived(id, conversation, MessageKind.valueOf(e.kind()),
                DataCategory.valueOf(e.category()), sender, AgencyId.of(e.recipient().agency()), payload, files));
        if (e.inReplyTo() != null) {
            var answered = MessageId.parse(e.inReplyTo());
            messages.markAnswered(answered, Instant.now(clock));
            events.publishEvent(new ReplyReceived(id, answered, conversation, sender));
        }
    }
}
