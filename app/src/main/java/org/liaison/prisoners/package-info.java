/**
 * Foreign prisoners and their transfer home: the registry of a prison administration (identity in original script
 * and romanization, offences, sentence with its computed release date), eligibility under each agreement's
 * transfer rules, each agreement's approval chain across both states, and batch repatriation plans with a
 * deadline. {@link org.liaison.prisoners.Prisoners} is the facade.
 */
@ApplicationModule(displayName = "Prisoners",
        allowedDependencies = { "shared", "node", "audit", "directory", "identity", "agreements", "exchange",
                "exchange :: payload" })
@NullMarked
package org.liaison.prisoners;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
