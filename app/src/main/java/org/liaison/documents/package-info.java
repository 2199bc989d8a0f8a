/**
 * Travel documents as machines read them: the ICAO Doc 9303 machine-readable zone of passports (TD3), identity
 * cards (TD1, TD2) and visas (MRV-A, MRV-B), with every check digit, the issuing-state and nationality codes
 * (ISO 3166 and ICAO's special codes) and the holder's name. One reader for every module: screening reads a
 * pasted zone to screen its holder, border reads it to record a crossing. {@link org.liaison.documents.Mrz} is
 * the facade. No Spring, no database: a pure function that never throws on any text.
 */
@ApplicationModule(displayName = "Documents", allowedDependencies = {})
@NullMarked
package org.liaison.documents;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
