/** The agreement pages, forms, press-release drafting, policy simulator and HTTP API. */
@NullMarked
package org.liaison.agreements.web;

import org.jspecify.annotations.NullMarked;
