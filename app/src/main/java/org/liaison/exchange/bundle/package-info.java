/** Evidence bundles: a delivered message's envelope, receipt and public keys, exported to verify offline. */
@NullMarked
package org.liaison.exchange.bundle;

import org.jspecify.annotations.NullMarked;
