/** The records and rules behind the facade: the tables, who may manage or report what, evidence checks, the day. */
@NullMarked
package org.liaison.committees.internal;

import org.jspecify.annotations.NullMarked;
