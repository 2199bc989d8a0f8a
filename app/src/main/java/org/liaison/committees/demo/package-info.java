/** Demo data: the seed articles' committees, meetings, decisions and commitments, loaded when the demo is enabled. */
@NullMarked
package org.liaison.committees.demo;

import org.jspecify.annotations.NullMarked;
