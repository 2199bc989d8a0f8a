/** Reading press releases into suggested drafts, every recognised party, date, place and person marked. */
@NullMarked
package org.liaison.agreements.pressrelease;

import org.jspecify.annotations.NullMarked;
