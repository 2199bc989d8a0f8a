/**
 * The message log (messages, their files, refused deliveries), what a stored message says, and the reply-deadline
 * reminders that run on it.
 */
@NullMarked
package org.liaison.exchange.store;

import org.jspecify.annotations.NullMarked;
