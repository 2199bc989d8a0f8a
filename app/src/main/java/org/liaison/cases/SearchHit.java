package org.liaison.cases;

/**
 * One answer of the search across cases, persons and seizures: the case it leads to, what matched and how well
 * (full-text rank for words, the matching library's score for names).
 */
public record SearchHit(Kind kind, CaseId caseId, String number, String title, String detail, double score) {

    public enum Kind { CASE, PERSON, SEIZURE }
}
