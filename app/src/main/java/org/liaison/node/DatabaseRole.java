package org.liaison.node;

/**
 * The roles of a node's embedded PostgreSQL. The application connects as a role that neither owns the tables nor
 * is a superuser, so it cannot switch the audit log's append-only triggers off (ADR 0002, amendment).
 */
public enum DatabaseRole {

    /** The cluster's superuser; nothing of the node connects as it once the roles exist. */
    SUPERUSER("postgres"),
    /** Owns the schema and every table; the migrations run as it. */
    OWNER("liaison_owner"),
    /** The node's connection pool: reads and writes rows, only appends to the audit tables. */
    APPLICATION("liaison_app");

    private final String roleName;

    DatabaseRole(String roleName) {
        this.roleName = roleName;
    }

    public String roleName() {
        return roleName;
    }
}
