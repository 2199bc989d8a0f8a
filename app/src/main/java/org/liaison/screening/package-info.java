/**
 * Watchlist screening at the checkpoints: alerts (this node's own and those partners share through the
 * exchange) indexed by the cross-script {@code matching} library, screening of one traveller (form, MRZ or API)
 * or of an uploaded list, the hits officers confirm or discard, the hit notification to the issuing country
 * and its reply, and statistics. {@link org.liaison.screening.Screening} is the facade.
 */
@ApplicationModule(displayName = "Screening",
        allowedDependencies = { "shared", "node", "audit", "directory", "identity", "agreements", "exchange",
                "exchange :: payload", "matching", "documents" })
@NullMarked
package org.liaison.screening;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
