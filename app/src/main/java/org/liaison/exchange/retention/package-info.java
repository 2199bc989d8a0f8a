/** Retention (ADR 0011): payloads purged past their retention, and prosecutors' legal holds that keep them. */
@NullMarked
package org.liaison.exchange.retention;

import org.jspecify.annotations.NullMarked;
