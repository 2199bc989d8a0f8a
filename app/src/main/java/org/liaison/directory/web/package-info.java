/**
 * The directory's pages, administrators' forms and the REST API (read side and administration).
 */
@NullMarked
package org.liaison.directory.web;

import org.jspecify.annotations.NullMarked;
