package org.liaison.exchange;

import org.jspecify.annotations.Nullable;
import org.liaison.agreements.ClauseRef;
import org.liaison.agreements.DenyReason;
import org.liaison.agreements.PolicyExplanation;
import org.liaison.shared.Forbidden;

/**
 * Not sent, and nothing written: why, in English words for APIs and logs (naming no agreement the officer may not
 * see), the policy's reason when the agreements refused it, the clause that came closest, if the officer may see
 * it, and the policy's explanation as a code with arguments, for a page to say in the officer's language.
 */
public record Denied(Why why, String explanation, @Nullable DenyReason policyReason, @Nullable ClauseRef closest,
                     @Nullable PolicyExplanation policy) implements SendResult, SendCheck {

    /** A refusal that is not the agreements': nothing for the policy to explain. */
    public Denied(Why why, String explanation, @Nullable DenyReason policyReason, @Nullable ClauseRef closest) {
        this(why, explanation, policyReason, closest, null);
    }

    /** Why a message cannot go. */
    public enum Why {
        /** No clause of an agreement in force lets the sender send this category to the recipient for this purpose. */
        AGREEMENTS,
        /** The officer does not act for the sending agency. */
        NOT_YOUR_AGENCY,
        /** No trusted partner node serves the recipient's country. */
        NO_PARTNER_NODE,
        /** What would be forwarded came with a handling code that forbids passing it on (TLP:RED). */
        HANDLING,
        /** What would be forwarded was purged under its retention. */
        PURGED
    }

    /** The refusal as the exception an API or page handler turns into 403 problem+json. */
    public Forbidden asForbidden() {
        return new Forbidden(explanation);
    }
}
