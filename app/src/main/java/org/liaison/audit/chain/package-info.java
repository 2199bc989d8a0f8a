/**
 * The hash chain as the node writes it: pending entries appended in order, the hash of each entry, the signed
 * checkpoints of the chain head, and the stored entries and checkpoints read back for people.
 */
@NullMarked
package org.liaison.audit.chain;

import org.jspecify.annotations.NullMarked;
