/**
 * Federation between nodes: signed envelopes (JWS, Ed25519 or ES256), a transactional outbox with retrying delivery
 * workers, an inbox that accepts each message exactly once and answers with a signed receipt, the policy
 * check on both sides, this node's rotating keys and the partner nodes and keys it trusts.
 * {@link org.liaison.exchange.Exchange} is the only way other modules send.
 */
@ApplicationModule(displayName = "Exchange", allowedDependencies = { "shared", "node", "audit", "directory", "agreements", "identity" })
@NullMarked
package org.liaison.exchange;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
