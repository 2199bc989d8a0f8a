package org.liaison.directory;

/** How a contact point works: a desk staffed around the clock, a named liaison officer, or a duty office. */
public enum ContactKind {
    DESK_24_7, LIAISON_OFFICER, DUTY_OFFICE
}
