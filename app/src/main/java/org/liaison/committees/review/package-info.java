/** The annual implementation review: what fell due in a year and what became of it, and its PDF. */
@NullMarked
package org.liaison.committees.review;

import org.jspecify.annotations.NullMarked;
