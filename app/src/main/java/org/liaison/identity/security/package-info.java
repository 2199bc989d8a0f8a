/**
 * The node's web and method security policy, and the audit of every request and call it refuses.
 */
@NullMarked
package org.liaison.identity.security;

import org.jspecify.annotations.NullMarked;
