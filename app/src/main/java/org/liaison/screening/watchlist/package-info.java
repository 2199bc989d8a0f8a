/**
 * The alerts in force held in memory, and the screening of one traveller against them.
 */
@NullMarked
package org.liaison.screening.watchlist;

import org.jspecify.annotations.NullMarked;
