/** The registry's, transfer cases' and plans' pages, and the API. */
@NullMarked
package org.liaison.prisoners.web;

import org.jspecify.annotations.NullMarked;
