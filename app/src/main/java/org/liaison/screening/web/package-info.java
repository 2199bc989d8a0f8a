/**
 * The screening pages (checkpoint screen, alerts, hits, lists, statistics) and the screening REST API.
 */
@NullMarked
package org.liaison.screening.web;

import org.jspecify.annotations.NullMarked;
