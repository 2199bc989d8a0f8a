/**
 * What screening sends and receives through the exchange: alert notices and hit notifications (ADR 0013).
 */
@NullMarked
package org.liaison.screening.payload;

import org.jspecify.annotations.NullMarked;
