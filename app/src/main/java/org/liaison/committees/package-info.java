/**
 * Joint committees and their meetings, the decisions they take, and the commitments (action items) that
 * agreements and decisions create, with owners, due dates, progress and evidence; overdue items on the
 * dashboard; and the annual implementation review per agreement or committee, as a page and as PDF.
 */
@ApplicationModule(displayName = "Joint committees",
        allowedDependencies = { "shared", "node", "audit", "directory", "identity", "agreements" })
@NullMarked
package org.liaison.committees;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
