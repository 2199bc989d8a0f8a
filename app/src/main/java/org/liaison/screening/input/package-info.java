/**
 * What officers and uploads give, read and checked: trimmed fields, a travel document's MRZ, reasons, thresholds
 * and the caller's own agency.
 */
@NullMarked
package org.liaison.screening.input;

import org.jspecify.annotations.NullMarked;
