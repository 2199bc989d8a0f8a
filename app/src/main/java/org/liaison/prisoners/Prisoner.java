package org.liaison.prisoners;

import java.time.LocalDate;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.liaison.directory.AgencyId;

/**
 * A foreign prisoner held by a prison administration of this node: who they are (romanized name and the name in
 * their own script), where they are held, what they were convicted of and the sentence. Health and special
 * needs are only filled in for the officers who need them ({@code healthShown}); for others they are null.
 *
 * @param administration the prison administration that holds the prisoner (e.g. {@code KH/MOI/GDP})
 * @param name the name in Latin letters (romanization)
 * @param nativeName the name in the prisoner's own script, with its language in {@code nativeLanguage}
 * @param humanitarian whether there are humanitarian grounds (illness, age, family) for a transfer
 */
public record Prisoner(PrisonerId id, AgencyId administration, String facility, String name,
                       @Nullable String nativeName, @Nullable String nativeLanguage, String nationality, Sex sex,
                       LocalDate bornOn, List<IdentityDocument> documents, List<Offence> offences, Sentence sentence,
                       boolean finalJudgment, boolean pendingProceedings, Consent consent, boolean humanitarian,
                       @Nullable String humanitarianGrounds, @Nullable String familyContact,
                       @Nullable String health, @Nullable String specialNeeds, boolean healthShown, int version) {

    public Prisoner {
        documents = List.copyOf(documents);
        offences = List.copyOf(offences);
    }

    /** The same record without health and special needs, for officers who may not see them. */
    public Prisoner withoutHealth() {
        return new Prisoner(id, administration, facility, name, nativeName, nativeLanguage, nationality, sex, bornOn,
                documents, offences, sentence, finalJudgment, pendingProceedings, consent, humanitarian,
                humanitarianGrounds, familyContact, null, null, false, version);
    }
}
