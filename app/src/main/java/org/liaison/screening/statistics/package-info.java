/**
 * Counts for the statistics page: screenings, lists, hits and alerts by day.
 */
@NullMarked
package org.liaison.screening.statistics;

import org.jspecify.annotations.NullMarked;
