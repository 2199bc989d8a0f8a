/** The exchange's settings ({@code liaison.exchange.*}). */
@NullMarked
package org.liaison.exchange.settings;

import org.jspecify.annotations.NullMarked;
