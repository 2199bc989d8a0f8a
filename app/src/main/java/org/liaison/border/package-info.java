/**
 * The border: crossings recorded at the directory's checkpoints (entry or exit of a person, a vehicle or goods,
 * with purpose, document and time), filled from a pasted machine-readable zone and screened against the alerts
 * before they are saved, and bulk imports of a checkpoint system's CSV export.
 * {@link org.liaison.border.BorderCrossings} is the facade.
 */
@ApplicationModule(displayName = "Border",
        allowedDependencies = { "shared", "node", "audit", "directory", "identity", "screening", "documents" })
@NullMarked
package org.liaison.border;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
