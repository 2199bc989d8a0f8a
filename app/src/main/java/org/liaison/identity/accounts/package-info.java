/**
 * Officer accounts as stored: the officer, the store of officers and of their recovery codes, and the password
 * rules.
 */
@NullMarked
package org.liaison.identity.accounts;

import org.jspecify.annotations.NullMarked;
