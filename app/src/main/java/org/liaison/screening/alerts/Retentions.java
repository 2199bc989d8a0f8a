package org.liaison.screening.alerts;

import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.liaison.exchange.Exchange;
import org.liaison.exchange.MessageId;
import org.liaison.exchange.Retention;
import org.springframework.stereotype.Component;

/**
 * The retention screening's records of partners' data are kept under: that of the exchange message they came
 * or went in (ADR 0011). The exchange holds it, legal holds included; screening keeps only the message's id.
 */
@Component
public class Retentions {

    private final Exchange exchange;

    Retentions(Exchange exchange) {
        this.exchange = exchange;
    }

    public Optional<Retention> of(@Nullable UUID message) {
        return message == null ? Optional.empty() : Optional.ofNullable(of(java.util.List.of(message)).get(message));
    }

    /** By message id; messages the exchange does not know are absent. */
    public Map<UUID, Retention> of(Collection<UUID> messages) {
        return exchange.retentionOf(messages.stream().map(MessageId::new).toList()).entrySet().stream()
                .collect(Collectors.toMap(e -> e.getKey().value(), Map.Entry::getValue));
    }
}
