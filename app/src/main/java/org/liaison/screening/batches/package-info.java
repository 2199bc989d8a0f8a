/**
 * Uploaded lists: reading the CSV, screening its rows in the background and writing the results back out.
 */
@NullMarked
package org.liaison.screening.batches;

import org.jspecify.annotations.NullMarked;
