/**
 * Bulk import of a checkpoint system's CSV export: rows streamed into a staging table with PostgreSQL COPY, each
 * row checked there, the valid ones inserted in one statement, the broken ones reported by line and reason.
 * A named interface reached by bench/ only; no module lists it in allowedDependencies.
 */
@NamedInterface("imports")
@NullMarked
package org.liaison.border.imports;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.NamedInterface;
