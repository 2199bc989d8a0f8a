/**
 * Officers and how they prove who they are: agency membership, roles, Argon2id passwords, TOTP MFA with
 * recovery codes, throttling of failed sign-ins, JDBC-backed sessions and the web security policy of the node.
 */
@ApplicationModule(displayName = "Identity", allowedDependencies = { "shared", "node", "audit", "directory" })
@NullMarked
package org.liaison.identity;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
