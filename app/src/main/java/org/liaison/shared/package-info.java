/**
 * Small vocabulary every module shares: the domain exception hierarchy mapped once to problem+json,
 * the acting officer as seen by other modules, and request correlation.
 */
@ApplicationModule(displayName = "Shared kernel", type = ApplicationModule.Type.OPEN)
@NullMarked
package org.liaison.shared;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
