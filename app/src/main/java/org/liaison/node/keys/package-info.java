/**
 * The store of the node's signing keys, their settings, and the import of the key that earlier versions kept in a
 * file.
 */
@NullMarked
package org.liaison.node.keys;

import org.jspecify.annotations.NullMarked;
