/**
 * The paper path, for a partner that runs no node (Thailand in the demo): the transfer order per prisoner and the
 * convoy's hand-over record as PDF, a bundle of them signed with the node's key that the partner verifies offline
 * ({@link org.liaison.prisoners.paper.PapersVerifyCommand}), and the scans of the partner's signed answers.
 */
@NullMarked
package org.liaison.prisoners.paper;

import org.jspecify.annotations.NullMarked;
