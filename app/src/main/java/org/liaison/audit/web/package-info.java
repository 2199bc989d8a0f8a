/**
 * The administrators' audit pages: search of the trail, its verification and the signed checkpoints.
 */
@NullMarked
package org.liaison.audit.web;

import org.jspecify.annotations.NullMarked;
