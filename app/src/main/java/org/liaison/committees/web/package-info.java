/** The committee, meeting, commitment and review pages, their forms, the review PDF download and the HTTP API. */
@NullMarked
package org.liaison.committees.web;

import org.jspecify.annotations.NullMarked;
