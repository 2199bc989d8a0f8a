/** The registry's internals: the prisoner store, who may see and change a record, and the node's calendar. */
@NullMarked
package org.liaison.prisoners.registry;

import org.jspecify.annotations.NullMarked;
