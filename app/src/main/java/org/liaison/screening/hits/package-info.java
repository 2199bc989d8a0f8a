/**
 * Hits and the officers' decisions on them, and the hit notification to the alert's issuer with its reply.
 */
@NullMarked
package org.liaison.screening.hits;

import org.jspecify.annotations.NullMarked;
