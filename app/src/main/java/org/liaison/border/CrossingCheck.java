package org.liaison.border;

import java.util.List;

import org.liaison.documents.MrzProblem;
import org.liaison.screening.ScreeningResult;

/**
 * What the officer sees before saving: the draft as the MRZ filled it, what the reader found wrong in the zone,
 * and the holder screened against every alert in force (each possible match already a hit to decide).
 */
public record CrossingCheck(CrossingDraft draft, List<MrzProblem> mrzProblems, ScreeningResult screening) {
}
