/**
 * The directory's tables (countries, agencies, checkpoints, contact points, nodes), the references a change must
 * name, and this node's own row kept current.
 */
@NullMarked
package org.liaison.directory.store;

import org.jspecify.annotations.NullMarked;
