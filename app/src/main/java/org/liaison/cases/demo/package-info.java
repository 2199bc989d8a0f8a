/** Demo cases from the seed articles, each assumption marked. */
@NullMarked
package org.liaison.cases.demo;

import org.jspecify.annotations.NullMarked;
