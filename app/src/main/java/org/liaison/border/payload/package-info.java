/** What the border module sends and receives through the exchange: revocation lists of border passes (ADR 0016). */
@NullMarked
package org.liaison.border.payload;

import org.jspecify.annotations.NullMarked;
