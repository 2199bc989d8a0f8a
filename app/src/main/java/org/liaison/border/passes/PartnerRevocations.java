package org.liaison.border.passes;

import org.liaison.border.payload.PassRevocations;
import org.liaison.exchange.MessageReceived;
import org.liaison.shared.NodeTask;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Keeps the revocation list a partner sent, once its own signature verifies with a key pinned for the node it
 * names; a list that does not verify stays in the inbox only (the envelope was the partner's, the list may not be).
 */
@Component
class PartnerRevocations {

    private static final Logger log = LoggerFactory.getLogger(PartnerRevocations.class);

    private final FederationTrust trust;

    PartnerRevocations(FederationTrust trust) {
        this.trust = trust;
    }

    @EventListener
    void on(MessageReceived message) {
        if (!(message.payload() instanceof PassRevocations payload)) {
            return;
        }
        NodeTask.run("pass-revocations", () -> {
            try {
                if (!trust.keepPartnerList(payload.list())) {
                    log.info("Revocation list in {} is not newer than the one held", message.id());
                }
            } catch (IllegalArgumentException | tools.jackson.core.JacksonException e) {
                log.warn("Revocation list in {} from {} refused: {}", message.id(), message.sender(), e.getMessage());
            }
        });
    }
}
