package org.liaison.cases;

import org.jspecify.annotations.Nullable;
import org.liaison.exchange.Denied;
import org.liaison.exchange.SendResult;
import org.liaison.exchange.Sent;

/** The exchange's answer to sending a request or an answer, and the request as kept when it was sent. */
public record AssistanceResult(SendResult answer, @Nullable AssistanceRequest request) {

    public boolean sent() {
        return answer instanceof Sent;
    }

    /** Why the exchange refused; only when it did. */
    public Denied denied() {
        return (Denied) answer;
    }
}
