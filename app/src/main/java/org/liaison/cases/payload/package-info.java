/**
 * What the cases module sends and receives through the exchange as its own records: requests for mutual legal
 * assistance and their answers (ADR 0013, ADR 0017).
 */
@NullMarked
package org.liaison.cases.payload;

import org.jspecify.annotations.NullMarked;
