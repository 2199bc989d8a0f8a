/**
 * The node's database: its embedded PostgreSQL (binaries, supervised server, cluster set-up, roles and grants)
 * and the checks that any database, embedded or external, is durable and keeps the application's role apart
 * from the tables' owner (ADR 0002, amendment of 2026-12-04).
 */
@NullMarked
package org.liaison.node.database;

import org.jspecify.annotations.NullMarked;
