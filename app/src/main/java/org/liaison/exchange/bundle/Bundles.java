package org.liaison.exchange.bundle;

import java.text.ParseException;
import java.util.LinkedHashMap;
import java.util.Map;

import com.nimbusds.jose.JWSObject;
import org.liaison.exchange.Message;
import org.liaison.exchange.store.ExchangeMessages;
import org.liaison.exchange.trust.Partners;
import org.liaison.node.NodeKeys;
import org.liaison.shared.Conflict;
import org.liaison.shared.NotFound;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * Self-contained evidence of one delivered message: the sender's signed envelope, the receiver's signed
 * receipt and the two public keys they were signed with, so {@link BundleVerifyCommand} can check it anywhere.
 */
@Component
public class Bundles {

    static final String FORMAT = "liaison-message-bundle/1";

    private final ExchangeMessages messages;
    private final NodeKeys ownKeys;
    private final Partners partners;
    private final JsonMapper json;

    Bundles(ExchangeMessages messages, NodeKeys ownKeys, Partners partners, JsonMapper json) {
        this.messages = messages;
        this.ownKeys = ownKeys;
        this.partners = partners;
        this.json = json;
    }

    public String export(Message message) {
        var stored = messages.stored(message.id()).orElseThrow(() -> new NotFound("message", message.id()));
        var envelope = stored.envelope();
        if (envelope == null) {
            // A bundle exported before the purge still verifies: it carries the envelope, whose hash is kept here.
            throw new Conflict("exchange.refusal.bundlePurged", "message " + message.id() + " was purged on " + message.retention().purgedAt()
                    + "; its envelope is gone, bundles exported before still verify");
        }
        if (stored.receipt() == null) {
            throw new Conflict("exchange.refusal.noReceipt", "message " + message.id() + " has no signed receipt yet");
        }
        var keys = new LinkedHashMap<String, String>();
        keys.put(kid(envelope), publicKey(message.senderNode(), kid(envelope), message.outgoing()));
        keys.put(kid(stored.receipt()), publicKey(message.recipientNode(), kid(stored.receipt()), !message.outgoing()));
        return json.writerWithDefaultPrettyPrinter().writeValueAsString(new Bundle(FORMAT, message.senderNode(),
                message.recipientNode(), envelope, stored.receipt(), keys));
    }

    private String publicKey(String node, String kid, boolean ours) {
        if (ours) {
            return ownKeys.publicJwk(kid).orElseThrow(() -> new NotFound("signing key", kid));
        }
        return partners.key(node, kid).map(Partners.PinnedKey::publicJwk).orElseThrow(() -> new NotFound("partner key", kid));
    }

    static String kid(String compact) {
        try {
            return JWSObject.parse(compact).getHeader().getKeyID();
        } catch (ParseException e) {
            throw new IllegalStateException("a stored JWS cannot be parsed", e);
        }
    }

    /** The bundle as written: {@code keys} maps each key id to its public JWK (JSON text). */
    record Bundle(String format, String senderNode, String receiverNode, String envelope, String receipt,
                  Map<String, String> keys) {
    }
}
