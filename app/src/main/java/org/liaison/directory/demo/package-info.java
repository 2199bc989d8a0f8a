/**
 * The demo federation on loopback: its nodes and fictional contact points, only with {@code
 * liaison.demo.enabled=true}.
 */
@NullMarked
package org.liaison.directory.demo;

import org.jspecify.annotations.NullMarked;
