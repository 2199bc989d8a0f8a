package org.liaison.exchange;

import java.time.Duration;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Tuning of the exchange ({@code liaison.exchange.*}).
 *
 * @param peers demo only: partner node id → base URL whose keys are fetched and pinned on first use
 * @param workers delivery loops per instance
 * @param batch messages one worker claims per round
 * @param linger how long a woken delivery loop waits for more sends to join its round (zero: claim at once)
 * @param backoffBase first retry delay; doubles per attempt up to {@code backoffMax}, with full jitter
 * @param maxAttempts attempts before a message becomes a dead letter
 * @param maxMessageAge how old a message may be when it first arrives; idempotency keys are kept longer
 * @param maxClockSkew how far in the future a sender's clock may be
 * @param maxEnvelopeBytes largest delivery request accepted (envelope and attachments, base64)
 * @param reminderBefore how long before a request's reply-by the recipient is reminded
 * @param tls key and trust stores for HTTPS and mutual TLS between nodes (optional)
 */
@ConfigurationProperties("liaison.exchange")
public record ExchangeSettings(
        @DefaultValue Map<String, String> peers,
        @DefaultValue("4") int workers,
        @DefaultValue("64") int batch,
        @DefaultValue("PT0.005S") Duration linger,
        @DefaultValue("PT1S") Duration backoffBase,
        @DefaultValue("PT5M") Duration backoffMax,
        @DefaultValue("12") int maxAttempts,
        @DefaultValue("P7D") Duration maxMessageAge,
        @DefaultValue("PT5M") Duration maxClockSkew,
        @DefaultValue("16000000") int maxEnvelopeBytes,
        @DefaultValue("PT24H") Duration reminderBefore,
        @DefaultValue("PT2S") Duration connectTimeout,
        @DefaultValue("PT10S") Duration requestTimeout,
        @DefaultValue Tls tls) {

    /** PKCS#12 stores; with a key store the client presents its certificate (mutual TLS). */
    public record Tls(@Nullable String keyStore, @Nullable String keyStorePassword,
                      @Nullable String trustStore, @Nullable String trustStorePassword) {
    }
}
