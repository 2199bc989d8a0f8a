package org.liaison.agreements;

/** How one instrument relates to another: read "A implements B", "A renews B". */
public enum LinkKind {
    IMPLEMENTS, RENEWS, SUPERSEDES, AMENDS
}
