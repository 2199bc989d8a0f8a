/** Demo data from seed 000: Lao and Thai prisoners in Cambodia, and the plan to send them home before Khmer New Year. */
@NullMarked
package org.liaison.prisoners.demo;

import org.jspecify.annotations.NullMarked;
