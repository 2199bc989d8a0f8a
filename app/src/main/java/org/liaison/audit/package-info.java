/**
 * The tamper-evident audit trail: an append-only, hash-chained log of every change, failure and denial,
 * with signed checkpoints of the chain head and a verifier that names the first bad entry.
 */
@ApplicationModule(displayName = "Audit", allowedDependencies = { "shared", "node" })
@NullMarked
package org.liaison.audit;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
