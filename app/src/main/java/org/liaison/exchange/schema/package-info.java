/**
 * The payload types modules registered (ADR 0013): payloads written, read and checked against their records, and
 * their JSON Schemas.
 */
@NullMarked
package org.liaison.exchange.schema;

import org.jspecify.annotations.NullMarked;
