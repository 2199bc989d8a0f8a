/**
 * The web shell: layout, navigation per role, language switching and the home page. Layout only; each
 * module renders its own pages.
 */
@ApplicationModule(displayName = "Web shell", allowedDependencies = { "shared", "node", "identity", "directory", "committees", "screening", "exchange", "agreements" })
@NullMarked
package org.liaison.web;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
