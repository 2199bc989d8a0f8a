/**
 * The agreements between the federation's states and agencies (MoUs, treaties, protocols, annual plans),
 * their lifecycle, signatories, texts and links, and the sharing clauses that are executable policy:
 * {@link org.liaison.agreements.AgreementRegistry#decide} says whether a message may flow and which clause
 * allows it.
 */
@ApplicationModule(displayName = "Agreements",
        allowedDependencies = { "shared", "node", "audit", "directory", "identity" })
@NullMarked
package org.liaison.agreements;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
