package org.liaison.identity.signin;

import java.time.Instant;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Failed sign-ins per source address, in this instance's memory: an address that guesses, at one account or
 * at many, waits longer and longer (up to the address cap) while officers elsewhere are not held up. Several
 * instances each count what reaches them, which only multiplies an attacker's budget by their number.
 * Bounded: when more addresses failed than the settings allow, Caffeine forgets the least active first.
 */
@Component
class AddressThrottle {

    private final Throttle throttle;
    private final Cache<String, Failures> failures;

    AddressThrottle(ThrottleSettings settings) {
        this.throttle = settings.address();
        this.failures = Caffeine.newBuilder().maximumSize(settings.addresses()).build();
    }

    /** Whether attempts from this address must wait now. */
    boolean holds(String address, Instant now) {
        var known = failures.getIfPresent(address);
        return known != null && known.until() != null && known.until().isAfter(now);
    }

    void failed(String address, Instant now) {
        failures.asMap().compute(address, (key, before) -> Failures.after(before, now, throttle));
    }

    /** A run of failures from one address; one quiet for twice the cap starts afresh (a shared office NAT recovers). */
    private record Failures(int count, Instant last, @Nullable Instant until) {

        static Failures after(@Nullable Failures before, Instant now, Throttle throttle) {
            var quiet = before == null || before.last().plus(throttle.cap().multipliedBy(2)).isBefore(now);
            int count = quiet ? 1 : before.count() + 1;
            return new Failures(count, now, throttle.until(count, now));
        }
    }
}
