/**
 * The exchange's typed payloads (ADR 0013): {@link org.liaison.exchange.payload.Payload}, the record per data
 * category that the exchange itself carries for officers, and {@link org.liaison.exchange.payload.PayloadType}, by
 * which a module registers the record it sends and receives for a category. Part of the exchange's API.
 */
@NamedInterface("payload")
@NullMarked
package org.liaison.exchange.payload;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.NamedInterface;
