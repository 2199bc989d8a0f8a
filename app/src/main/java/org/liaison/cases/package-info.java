/**
 * Cases of cross-border crime (issue 14): incidents and cases by type, place and lifecycle, with the persons,
 * vehicles and seizures linked to them and evidence under a chain of custody; summaries shared with partner
 * agencies through the exchange under the agreements, and the partners' summaries received as partner cases.
 * {@link org.liaison.cases.Cases} is the facade.
 */
@ApplicationModule(displayName = "Cases",
        allowedDependencies = { "shared", "node", "audit", "directory", "identity", "agreements", "exchange",
                "exchange :: payload", "matching", "screening" })
@NullMarked
package org.liaison.cases;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
