package org.liaison.identity.signin;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Throttling of failed sign-ins ({@code liaison.identity.throttle.*}, ADR 0003 amendment of 2026-12-04).
 *
 * @param freeFailures failures, per account and per source address, before attempts must wait
 * @param accountCap longest wait one account's failures impose, kept short: anyone may cause them
 * @param addressCap longest wait one source address's failures impose on that address
 * @param addresses source addresses each instance remembers; the least used are forgotten first
 * @param denialWindow how long repeated refusals are counted before one audit entry records them
 */
@ConfigurationProperties("liaison.identity.throttle")
record ThrottleSettings(
        @DefaultValue("3") int freeFailures,
        @DefaultValue("PT1M") Duration accountCap,
        @DefaultValue("PT15M") Duration addressCap,
        @DefaultValue("100000") int addresses,
        @DefaultValue("PT1M") Duration denialWindow) {

    Throttle account() {
        return new Throttle(freeFailures, accountCap);
    }

    Throttle address() {
        return new Throttle(freeFailures, addressCap);
    }
}
