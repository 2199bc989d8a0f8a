/**
 * Signing in: the password step, the authenticator (TOTP) step, throttling of failed attempts, the tally of
 * refusals anyone can repeat, and the sealing of authenticator secrets.
 */
@NullMarked
package org.liaison.identity.signin;

import org.jspecify.annotations.NullMarked;
