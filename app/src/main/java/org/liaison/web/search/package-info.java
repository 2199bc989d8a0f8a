/** The header's search box: one query across the modules, each asked through its facade within the officer's reach. */
@NullMarked
package org.liaison.web.search;

import org.jspecify.annotations.NullMarked;
