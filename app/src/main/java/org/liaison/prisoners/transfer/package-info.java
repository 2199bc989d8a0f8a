/** Transfer rules and chains per agreement, transfer cases and their steps, and the steps that travel to partners. */
@NullMarked
package org.liaison.prisoners.transfer;

import org.jspecify.annotations.NullMarked;
