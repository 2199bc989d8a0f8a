package org.liaison.cases;

/** What one prosecutors' office asks another to do under mutual legal assistance. */
public enum AssistanceKind {
    COLLECT_EVIDENCE, HEAR_WITNESS, SERVE_DOCUMENTS, TRACE_FREEZE_ASSETS, TRANSFER_PROCEEDINGS, SHARE_CASE_INFORMATION
}
