/**
 * This node itself: which country and node it is, where it keeps its data, its embedded PostgreSQL
 * when no external database is configured, and its signing key.
 */
@ApplicationModule(displayName = "Node", allowedDependencies = "shared")
@NullMarked
package org.liaison.node;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
