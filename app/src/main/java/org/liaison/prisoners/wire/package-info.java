/**
 * What the prisoners module sends and receives through the exchange (ADR 0013): each step of a transfer case as a
 * typed, versioned record, numbered per transfer and direction so that no step is skipped or replayed.
 */
@NullMarked
package org.liaison.prisoners.wire;

import org.jspecify.annotations.NullMarked;
