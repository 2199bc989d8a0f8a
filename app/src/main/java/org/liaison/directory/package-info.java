/**
 * The federation's address book: countries, agencies and their officials, 24/7 contact points, official
 * border checkpoints and the nodes of the federation with their public signing keys.
 */
@ApplicationModule(displayName = "Directory", allowedDependencies = { "shared", "node", "audit" })
@NullMarked
package org.liaison.directory;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
