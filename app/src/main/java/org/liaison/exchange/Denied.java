package org.liaison.exchange;

import org.jspecify.annotations.Nullable;
import org.liaison.agreements.ClauseRef;
import org.liaison.agreements.DenyReason;
import org.liaison.agreements.PolicyExplanation;
import org.liaison.shared.Forbidden;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.http.ProblemDetail;

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

    /** Why, as a page says it in the officer's language (a clause of a sentence, e.g. after "Not sent:"). */
    public MessageSourceResolvable said() {
        return new DefaultMessageSourceResolvable(new String[] { "exchange.denied." + why.name() }, explanation);
    }

    /**
     * The refusal as the exception an API or page handler turns into 403 problem+json: the English detail, and the
     * codes beside it ({@code why}, the policy's {@code reason}, its explanation's {@code code}, the {@code closest}
     * clause) for a client to act on or say in its own language.
     */
    public Forbidden asForbidden() {
        return new Refusal(this);
    }

    /** A {@link Forbidden} whose problem carries the refusal's codes. */
    private static final class Refusal extends Forbidden {

        private final Denied denied;

        Refusal(Denied denied) {
            super("exchange.refused", denied.explanation(), denied.said());
            this.denied = denied;
        }

        @Override
        public ProblemDetail toProblem() {
            var problem = super.toProblem();
            problem.setProperty("why", denied.why().name());
            if (denied.policyReason() != null) {
                problem.setProperty("reason", denied.policyReason().name());
            }
            if (denied.policy() != null) {
                problem.setProperty("code", denied.policy().code().name());
            }
            if (denied.closest() != null) {
                problem.setProperty("closest", denied.closest().toString());
            }
            return problem;
        }
    }
}
