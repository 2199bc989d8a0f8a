/** The case pages and the HTTP API. */
@NullMarked
package org.liaison.cases.web;

import org.jspecify.annotations.NullMarked;
