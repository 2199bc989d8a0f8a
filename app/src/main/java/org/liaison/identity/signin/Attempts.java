package org.liaison.identity.signin;

import java.time.Instant;

import org.jspecify.annotations.Nullable;
import org.liaison.identity.accounts.Officer;
import org.liaison.identity.accounts.Officers;
import org.springframework.stereotype.Component;

/**
 * The throttles both sign-in steps obey: per account, in the officer's row (locked during the attempt), so
 * every instance of the node agrees; and per source address, in this instance's memory. An attempt either
 * one holds back is refused without checking anything, and answered like a wrong password.
 */
@Component
class Attempts {

    static final String ADDRESS_THROTTLED = "throttled: too many failures from this address";
    static final String ACCOUNT_THROTTLED = "throttled: too many failures for this account";

    private final Officers officers;
    private final AddressThrottle addresses;
    private final Throttle account;

    Attempts(Officers officers, AddressThrottle addresses, ThrottleSettings settings) {
        this.officers = officers;
        this.addresses = addresses;
        this.account = settings.account();
    }

    /** Why an attempt must not be checked now, or null when it may be. */
    @Nullable String heldBack(@Nullable Officer officer, String address, Instant now) {
        if (addresses.holds(address, now)) {
            return ADDRESS_THROTTLED;
        }
        return officer != null && officer.isThrottled(now) ? ACCOUNT_THROTTLED : null;
    }

    /** Counts a failure against the address and, when the attempt named a known account, against it. */
    void failed(@Nullable Officer officer, String address, Instant now) {
        addresses.failed(address, now);
        if (officer != null) {
            officer.registerFailure(now, account);
            officers.update(officer);
        }
    }

    void succeeded(Officer officer) {
        officer.registerSuccess();
        officers.update(officer);
    }
}
