package org.liaison.cases;

/** What happened to a case, published after the change commits its transaction's work. */
public sealed interface CaseEvent permits CaseOpened, InvestigationStarted, CaseReferredToProsecution, CaseClosed,
        CaseReopened {

    CaseId id();

    /** The officer (or {@code system:<task>}) who did it. */
    String by();
}
