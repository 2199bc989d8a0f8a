/**
 * This node's alerts and the partners' alerts: issuing, withdrawing and sending them through the exchange, indexing
 * those partners send, and erasing them once the message that carried them is purged.
 */
@NullMarked
package org.liaison.screening.alerts;

import org.jspecify.annotations.NullMarked;
