/**
 * The {@code Idempotency-Key} request header of the API (ADR 0014): a client that retries a creating request
 * with the key it first sent gets the first answer back instead of a second change, on whichever instance the
 * retry lands, because the key is stored in the same transaction as the change it answers for.
 */
@NullMarked
package org.liaison.node.idempotency;

import org.jspecify.annotations.NullMarked;
