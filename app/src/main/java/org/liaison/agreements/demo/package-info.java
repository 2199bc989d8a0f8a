/** Demo data: the agreements of the seed articles, registered through the registry when the demo is enabled. */
@NullMarked
package org.liaison.agreements.demo;

import org.jspecify.annotations.NullMarked;
