/**
 * The login and second-factor pages, each officer's own account page and the administrators' officer pages.
 */
@NullMarked
package org.liaison.identity.web;

import org.jspecify.annotations.NullMarked;
