package org.liaison.prisoners.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

import jakarta.validation.constraints.Size;

import org.jspecify.annotations.Nullable;
import org.liaison.prisoners.Consent;
import org.liaison.prisoners.IdentityDocument;
import org.liaison.prisoners.Offence;
import org.liaison.prisoners.Prisoner;
import org.liaison.prisoners.PrisonerDraft;
import org.liaison.prisoners.Sex;

/**
 * The registry's form: the draft's fields, with offences and documents typed one per line
 * ({@code law; article; description} and {@code kind; number; issuing country}).
 */
public record PrisonerForm(@Nullable String administration, @Nullable String facility, @Nullable String name,
                           @Nullable String nativeName, @Nullable String nativeLanguage, @Nullable String nationality,
                           @Nullable Sex sex, @Nullable LocalDate bornOn,
                           @Size(max = 2000, message = "{prisoners.validation.size}") @Nullable String documents,
                           @Size(max = 4000, message = "{prisoners.validation.size}") @Nullable String offences,
                           @Nullable LocalDate sentenceStartedOn, @Nullable Integer lengthYears,
                           @Nullable Integer lengthMonths, @Nullable Integer lengthDays, @Nullable Integer remissionYears,
                           @Nullable Integer remissionMonths, @Nullable Integer remissionDays, @Nullable Integer remandDays,
                           @Nullable BigDecimal fine, @Nullable String fineCurrency, @Nullable Boolean finalJudgment,
                           @Nullable Boolean pendingProceedings, @Nullable Consent consent, @Nullable Boolean humanitarian,
                           @Nullable String humanitarianGrounds, @Nullable String familyContact, @Nullable String health,
                           @Nullable String specialNeeds, @Nullable Integer version) {

    /** Unticked boxes send nothing: they are false. */
    boolean finalJudgmentTicked() {
        return Boolean.TRUE.equals(finalJudgment);
    }

    int versionRead() {
        return version == null ? 0 : version;
    }

    static PrisonerForm empty(String administration) {
        return new PrisonerForm(administration, null, null, null, null, null, null, null, null, null, null, null, null,
                null, null, null, null, null, null, null, false, false, Consent.NOT_ASKED, false, null, null, null,
                null, 0);
    }

    static PrisonerForm of(Prisoner p) {
        var s = p.sentence();
        return new PrisonerForm(p.administration().value(), p.facility(), p.name(), p.nativeName(), p.nativeLanguage(),
                p.nationality(), p.sex(), p.bornOn(),
                p.documents().stream().map(d -> d.kind() + "; " + d.number() + "; " + (d.issuedBy() == null ? "" : d.issuedBy()))
                        .collect(Collectors.joining("\n")),
                p.offences().stream().map(o -> o.law() + "; " + (o.article() == null ? "" : o.article()) + "; " + o.description())
                        .collect(Collectors.joining("\n")),
                s.startedOn(), s.length().getYears(), s.length().getMonths(), s.length().getDays(),
                s.remission().getYears(), s.remission().getMonths(), s.remission().getDays(), s.remandDays(), s.fine(),
                s.fineCurrency(), p.finalJudgment(), p.pendingProceedings(), p.consent(), p.humanitarian(),
                p.humanitarianGrounds(), p.familyContact(), p.health(), p.specialNeeds(), p.version());
    }

    PrisonerDraft draft() {
        return new PrisonerDraft(administration, facility, name, nativeName, nativeLanguage,
                nationality == null ? null : nationality.strip().toUpperCase(java.util.Locale.ROOT), sex, bornOn,
                lines(documents).stream().map(PrisonerForm::document).toList(),
                lines(offences).stream().map(PrisonerForm::offence).toList(), sentenceStartedOn, lengthYears,
                lengthMonths, lengthDays, remissionYears, remissionMonths, remissionDays, remandDays, fine,
                fineCurrency == null ? null : fineCurrency.strip().toUpperCase(java.util.Locale.ROOT), finalJudgmentTicked(),
                Boolean.TRUE.equals(pendingProceedings), consent, Boolean.TRUE.equals(humanitarian), humanitarianGrounds, familyContact, health, specialNeeds);
    }

    private static List<String> lines(@Nullable String text) {
        return text == null ? List.of() : Arrays.stream(text.split("\\R")).map(String::strip).filter(l -> !l.isEmpty()).toList();
    }

    private static Offence offence(String line) {
        var parts = line.split(";", 3);
        if (parts.length < 3) {
            return new Offence(line, "", null);
        }
        var article = parts[1].strip();
        return new Offence(parts[2].strip(), parts[0].strip(), article.isEmpty() ? null : article);
    }

    private static IdentityDocument document(String line) {
        var parts = line.split(";", 3);
        var issuer = parts.length > 2 ? parts[2].strip().toUpperCase(java.util.Locale.ROOT) : "";
        return new IdentityDocument(parts[0].strip(), parts.length > 1 ? parts[1].strip() : "", issuer.isEmpty() ? null : issuer);
    }
}
