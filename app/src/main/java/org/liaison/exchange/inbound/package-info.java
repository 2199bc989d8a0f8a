/**
 * The receiving side: the federation endpoint, what it lets in, and the checks, storing and refusals of deliveries
 * and read notices.
 */
@NullMarked
package org.liaison.exchange.inbound;

import org.jspecify.annotations.NullMarked;
