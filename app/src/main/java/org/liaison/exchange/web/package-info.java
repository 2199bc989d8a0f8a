/** The exchange's pages, forms and JSON API for officers and administrators. */
@NullMarked
package org.liaison.exchange.web;

import org.jspecify.annotations.NullMarked;
