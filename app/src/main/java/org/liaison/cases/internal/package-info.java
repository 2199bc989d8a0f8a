/** The tables behind the facade and who may do what to a case. */
@NullMarked
package org.liaison.cases.internal;

import org.jspecify.annotations.NullMarked;
