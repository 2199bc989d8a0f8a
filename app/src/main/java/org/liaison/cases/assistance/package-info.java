/**
 * Mutual legal assistance between prosecutors' offices: the requests kept on this node, their legal basis checked
 * against the agreements registry, sending and answering through the exchange, and what partners send in.
 */
@NullMarked
package org.liaison.cases.assistance;

import org.jspecify.annotations.NullMarked;
