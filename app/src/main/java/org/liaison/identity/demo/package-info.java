/**
 * Demo officers, loaded when {@code liaison.demo.enabled} is set.
 */
@NullMarked
package org.liaison.identity.demo;

import org.jspecify.annotations.NullMarked;
