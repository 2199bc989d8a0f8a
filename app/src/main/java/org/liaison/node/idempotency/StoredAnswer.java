package org.liaison.node.idempotency;

import org.jspecify.annotations.Nullable;

/** The first answer to a request with an idempotency key, as a retry with the same key gets it back. */
record StoredAnswer(String requestHash, int status, @Nullable String contentType, @Nullable String location,
                    byte[] body) {
}
