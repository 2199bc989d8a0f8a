/**
 * Cross-script person-name matching: normalisation, rule-based romanization of Khmer, Lao and Thai,
 * an in-memory candidate index and explainable scoring. The only public entry point is {@link NameIndex}.
 */
@NullMarked
package org.liaison.matching;

import org.jspecify.annotations.NullMarked;
