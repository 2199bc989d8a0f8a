/**
 * The policy engine: sharing clauses compiled into the index that decides every message, and the rules it holds.
 * A named interface reached by bench/ only; no module lists it in allowedDependencies.
 */
@NamedInterface("policy-engine")
@NullMarked
package org.liaison.agreements.policy;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.NamedInterface;
