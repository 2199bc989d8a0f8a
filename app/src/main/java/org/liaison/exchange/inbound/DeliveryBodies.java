package org.liaison.exchange.inbound;

import java.io.IOException;

import jakarta.servlet.http.HttpServletRequest;
import org.jspecify.annotations.Nullable;
import org.liaison.exchange.settings.ExchangeSettings;
import org.liaison.exchange.wire.EnvelopeRejected;
import org.liaison.exchange.wire.Rejection;
import org.springframework.stereotype.Component;
import tools.jackson.core.JacksonException;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.exc.StreamConstraintsException;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads delivery bodies straight from the request stream, never buffering a whole body: the parser stops
 * once it has read {@code max-envelope-bytes} (TOO_LARGE), a compact JWS or any other text longer than
 * {@link #MAX_TEXT_CHARS} is refused as soon as the parser sees it is, and attachments are decoded from
 * base64 into bytes as they stream in, without an intermediate string. A delivery therefore costs about
 * the size of its attachments, whatever is sent.
 */
@Component
class DeliveryBodies {

    /**
     * The longest text in a delivery: a compact JWS of claims within their schema (a 20,000-character body,
     * a few hundred per field) is a fraction of it. Attachments are binary and not bound by it.
     */
    static final int MAX_TEXT_CHARS = 1_000_000;

    private final JsonMapper json;

    DeliveryBodies(ExchangeSettings settings) {
        var constraints = StreamReadConstraints.builder().maxDocumentLength(settings.maxEnvelopeBytes())
                .maxStringLength(MAX_TEXT_CHARS).build();
        this.json = JsonMapper.builder(JsonFactory.builder().streamReadConstraints(constraints).build()).build();
    }

    /** The body as {@code type}, or null for a JSON {@code null}; refuses TOO_LARGE or MALFORMED. */
    <T> @Nullable T read(HttpServletRequest request, Class<T> type) throws IOException {
        try (var in = request.getInputStream()) {
            return json.readValue(in, type);
        } catch (StreamConstraintsException e) {
            throw new EnvelopeRejected(Rejection.TOO_LARGE, "the delivery exceeds a limit: " + e.getOriginalMessage());
        } catch (JacksonException e) {
            throw new EnvelopeRejected(Rejection.MALFORMED, "the delivery is not the expected JSON: " + e.getOriginalMessage());
        }
    }
}
