/**
 * Fictional alerts for the demo, only with {@code liaison.demo.enabled=true}.
 */
@NullMarked
package org.liaison.screening.demo;

import org.jspecify.annotations.NullMarked;
