/**
 * Helpers of the directory's records: language tags for native-script names, trimming of form input, and the check
 * that a node's key is public.
 */
@NullMarked
package org.liaison.directory.internal;

import org.jspecify.annotations.NullMarked;
