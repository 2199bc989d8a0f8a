package org.liaison.agreements;

/**
 * The answer to registering a draft read from a press release, as a value the page says in the officer's
 * language instead of an error page that loses the pasted text.
 */
public sealed interface Registration {

    /** Registered as a draft under this reference. */
    record Registered(AgreementId id) implements Registration {
    }

    /** The same instrument (same parties, kind and year) is already registered; nothing was created. */
    record Duplicate(AgreementId existing) implements Registration {
    }

    /** The officer's agency is not among the parties, so they may not register it. */
    record NotAParty() implements Registration {
    }

    /**
     * The registry refused the draft (a reference already taken, a party not in the directory): {@code said} in the
     * officer's language, {@code reason} in English for the API.
     */
    record Refused(String reason, org.springframework.context.MessageSourceResolvable said) implements Registration {
    }
}
