/**
 * The operators' check of a node's audit chain from the command line ({@code ./liaison audit-verify}), with or
 * without the node running and without a Spring context.
 */
@NullMarked
package org.liaison.audit.cli;

import org.jspecify.annotations.NullMarked;
