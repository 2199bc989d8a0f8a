package org.liaison.exchange.settings;

import java.time.Duration;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Tuning of the exchange ({@code liaison.exchange.*}).
 *
 * @param peers demo only: partner node id → base URL whose keys are fetched and pinned on first use
 * @param workers delivery loops per instance
 * @param batch messages one worker claims per round
 * @param linger how long a woken delivery loop waits for more sends to join its round (zero: claim at once)
 * @param backoffBase first retry delay; doubles per attempt up to {@code backoffMax}, with equal jitter
 * @param backoffMax the longest retry delay; short, so a partner that is back is tried again soon
 * @param maxAttempts attempts before a message becomes a dead letter (with the defaults, about 13 minutes of failures)
 * @param probeInterval how often a partner that could not be reached is asked for its key export; when it
 *                      answers, its waiting messages are due at once
 * @param maxMessageAge how old a message may be when it first arrives; idempotency keys are kept longer
 * @param maxClockSkew how far in the future a sender's clock may be
 * @param maxEnvelopeBytes largest delivery request accepted (envelope and attachments, base64)
 * @param reminderBefore how long before a request's reply-by the recipient is reminded
 * @param keyRefetchInterval at most one fetch of a partner's key export per this interval, per instance, when its
 *                           deliveries name a key not pinned here (its rotation); the rest wait for the scheduled refresh
 * @param tls key and trust stores for HTTPS and mutual TLS between nodes (optional)
 * @param inbound limits of the federation endpoint, per instance
 */
@ConfigurationProperties("liaison.exchange")
public record ExchangeSettings(
        @DefaultValue Map<String, String> peers,
        @DefaultValue("4") int workers,
        @DefaultValue("64") int batch,
        @DefaultValue("PT0.005S") Duration linger,
        @DefaultValue("PT1S") Duration backoffBase,
        @DefaultValue("PT30S") Duration backoffMax,
        @DefaultValue("40") int maxAttempts,
        @DefaultValue("PT5S") Duration probeInterval,
        @DefaultValue("P7D") Duration maxMessageAge,
        @DefaultValue("PT5M") Duration maxClockSkew,
        @DefaultValue("16000000") int maxEnvelopeBytes,
        @DefaultValue("PT24H") Duration reminderBefore,
        @DefaultValue("PT2S") Duration connectTimeout,
        @DefaultValue("PT10S") Duration requestTimeout,
        @DefaultValue("PT30S") Duration keyRefetchInterval,
        @DefaultValue Tls tls,
        @DefaultValue Inbound inbound) {

    /** PKCS#12 stores; with a key store the client presents its certificate (mutual TLS). */
    public record Tls(@Nullable String keyStore, @Nullable String keyStorePassword,
                      @Nullable String trustStore, @Nullable String trustStorePassword) {
    }

    /**
     * What one instance lets in at the federation endpoint ({@code liaison.exchange.inbound.*}). The rates
     * are token buckets held in memory per instance: N instances behind a load balancer let in up to N times
     * as much. The defaults are well above two nodes' batch traffic at 1,000 msg/s.
     *
     * @param concurrentDeliveries deliveries read, verified and stored at once; more are answered 503
     * @param bufferedBytes request bodies being read at once, by their declared length (a body of unknown
     *                      length counts as {@code max-envelope-bytes}); more are answered 503
     * @param addressRate requests per second from one source address; more are answered 429
     * @param addressBurst requests one source address may send at once before its rate applies
     * @param nodeRate messages per second from one partner node, counted once its signature verified
     * @param nodeBurst messages one partner node may send at once before its rate applies
     * @param trackedAddresses source addresses whose rate is tracked at once (the least recent are forgotten)
     * @param refusalSummaryInterval how often refusals of unverified deliveries are written, counted per
     *                               source address and reason
     * @param summarisedAddresses source addresses counted apart per interval; the others are counted together
     */
    public record Inbound(
            @DefaultValue("32") int concurrentDeliveries,
            @DefaultValue("64MB") DataSize bufferedBytes,
            @DefaultValue("400") int addressRate,
            @DefaultValue("800") int addressBurst,
            @DefaultValue("5000") int nodeRate,
            @DefaultValue("10000") int nodeBurst,
            @DefaultValue("10000") int trackedAddresses,
            @DefaultValue("PT1M") Duration refusalSummaryInterval,
            @DefaultValue("100") int summarisedAddresses) {
    }
}
