package org.liaison.exchange.inbound;

import java.time.Duration;
import java.util.concurrent.Semaphore;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.github.bucket4j.Bucket;
import jakarta.servlet.http.HttpServletRequest;
import org.liaison.exchange.settings.ExchangeSettings;
import org.liaison.exchange.wire.EnvelopeRejected;
import org.liaison.exchange.wire.Rejection;
import org.springframework.stereotype.Component;

/**
 * What the federation endpoint lets in, decided before a byte of the body is read: a declared length over
 * the limit is refused at once; each source address has a token bucket of requests; at most so many
 * deliveries, and so many declared bytes, are being read and verified at once. Once a signature verified,
 * each partner node also has a bucket of messages, charged only then, so that nobody can spend a partner's
 * allowance by sending under its key id. Buckets live in memory per instance, the address buckets in a
 * bounded cache: an attacker with many addresses costs at most {@code tracked-addresses} small entries.
 */
@Component
class InboundLimits {

    private static final Duration BUSY_RETRY = Duration.ofSeconds(1);

    private final ExchangeSettings settings;
    private final ExchangeSettings.Inbound limits;
    private final Semaphore deliveries;
    private final Semaphore kibibytes;
    private final Cache<String, Bucket> addresses;
    private final Cache<String, Bucket> nodes;

    InboundLimits(ExchangeSettings settings) {
        this.settings = settings;
        this.limits = settings.inbound();
        this.deliveries = new Semaphore(limits.concurrentDeliveries());
        this.kibibytes = new Semaphore(kibibytes(limits.bufferedBytes().toBytes()));
        this.addresses = Caffeine.newBuilder().maximumSize(limits.trackedAddresses())
                .expireAfterAccess(Duration.ofMinutes(10)).build();
        this.nodes = Caffeine.newBuilder().maximumSize(1_000).expireAfterAccess(Duration.ofHours(1)).build();
    }

    /**
     * Lets a request in, or throws {@link EnvelopeRejected} (TOO_LARGE, RATE_LIMITED, OVERLOADED) without
     * having read its body. Close the admission once the delivery is answered.
     */
    Admission admit(HttpServletRequest request) {
        long declared = request.getContentLengthLong();
        if (declared > settings.maxEnvelopeBytes()) {
            throw new EnvelopeRejected(Rejection.TOO_LARGE, "the delivery has " + declared + " bytes, at most "
                    + settings.maxEnvelopeBytes() + " are accepted");
        }
        take(addresses.get(request.getRemoteAddr(), a -> bucket(limits.addressRate(), limits.addressBurst())),
                "requests from " + request.getRemoteAddr());
        if (!deliveries.tryAcquire()) {
            throw new EnvelopeRejected(Rejection.OVERLOADED, "this node is reading as many deliveries as it may; try again shortly",
                    BUSY_RETRY);
        }
        var reserved = Math.min(kibibytes(declared < 0 ? settings.maxEnvelopeBytes() : declared), kibibytes(limits.bufferedBytes().toBytes()));
        if (!kibibytes.tryAcquire(reserved)) {
            deliveries.release();
            throw new EnvelopeRejected(Rejection.OVERLOADED, "this node is reading as many bytes as it may; try again shortly",
                    BUSY_RETRY);
        }
        return new Admission(this, reserved);
    }

    /** Counts one message of a partner whose signature verified; throws RATE_LIMITED when its bucket is empty. */
    void chargeNode(String node) {
        take(nodes.get(node, n -> bucket(limits.nodeRate(), limits.nodeBurst())), "messages from " + node);
    }

    private static void take(Bucket bucket, String what) {
        var probe = bucket.tryConsumeAndReturnRemaining(1);
        if (!probe.isConsumed()) {
            var wait = Duration.ofNanos(probe.getNanosToWaitForRefill());
            throw new EnvelopeRejected(Rejection.RATE_LIMITED, "too many " + what + "; try again in " + wait.toMillis() + " ms",
                    wait);
        }
    }

    private static Bucket bucket(int perSecond, int burst) {
        return Bucket.builder().addLimit(limit -> limit.capacity(burst).refillGreedy(perSecond, Duration.ofSeconds(1))).build();
    }

    private static int kibibytes(long bytes) {
        return (int) Math.min(Integer.MAX_VALUE, Math.max(1, (bytes + 1023) / 1024));
    }

    private void release(int reserved) {
        kibibytes.release(reserved);
        deliveries.release();
    }

    /** A request let in: holds its share of the concurrency and byte budgets until closed. */
    static final class Admission implements AutoCloseable {

        private final InboundLimits limits;
        private final int reserved;
        private boolean closed;

        private Admission(InboundLimits limits, int reserved) {
            this.limits = limits;
            this.reserved = reserved;
        }

        @Override
        public void close() {
            if (!closed) {
                closed = true;
                limits.release(reserved);
            }
        }
    }
}
