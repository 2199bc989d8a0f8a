package org.liaison.cases;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/** A person linked to a case: the name as written in its own script and in Latin letters, and what identifies them. */
public record LinkedPerson(UUID id, CaseId caseId, PersonRole role, @Nullable String nameOriginal, String nameLatin,
                           @Nullable String nationality, @Nullable LocalDate dateOfBirth, List<String> documents) {

    public LinkedPerson {
        documents = List.copyOf(documents);
    }
}
