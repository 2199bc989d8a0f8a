/**
 * The verifier: recomputes every hash and link of the chain and checks it against the signed checkpoints and the
 * heads partners witnessed, naming the first bad entry. A named interface reached by bench/ only; no module lists
 * it in allowedDependencies.
 */
@NamedInterface("verifier")
@NullMarked
package org.liaison.audit.verifier;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.NamedInterface;
