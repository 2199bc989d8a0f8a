/**
 * The border: crossings recorded at the directory's checkpoints (entry or exit of a person, a vehicle or goods,
 * with purpose, document and time), filled from a pasted machine-readable zone and screened against the alerts
 * before they are saved, and bulk imports of a checkpoint system's CSV export.
 * Border passes signed by the issuing node and verified offline (ADR 0016).
 * {@link org.liaison.border.BorderCrossings} and {@link org.liaison.border.BorderPasses} are the facades.
 */
@ApplicationModule(displayName = "Border",
        allowedDependencies = { "shared", "node", "audit", "directory", "identity", "screening", "documents", "exchange",
                "exchange :: payload", "agreements" })
@NullMarked
package org.liaison.border;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
