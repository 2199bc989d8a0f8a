package org.liaison.prisoners;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Period;
import java.time.temporal.ChronoUnit;

import org.jspecify.annotations.Nullable;
import org.liaison.shared.InvalidInput;

/**
 * A sentence and the arithmetic of its term, one rule each, so that the registry, eligibility and plans agree:
 * <ul>
 * <li>The full term ends on the anniversary of the start after {@code length}; where that date does not exist
 * (a start on 29 February, or on the 31st, and a month without it) the term runs to the end of the shorter month
 * and the anniversary is the day after, so no day of the sentence is lost to calendar clamping.</li>
 * <li>Remission is counted back from the full term's end, then every day on remand before the start.</li>
 * <li>The release date is never before the start: remand longer than the sentence frees on the day of judgment.</li>
 * </ul>
 * The prisoner leaves on the release date; the remaining term on a day is what lies between that day and it.
 *
 * @param remandDays days held on remand before the sentence started, credited in full
 * @param fine a fine imposed with the sentence, if any, in {@code fineCurrency} (ISO 4217)
 */
public record Sentence(LocalDate startedOn, Period length, Period remission, int remandDays,
                       @Nullable BigDecimal fine, @Nullable String fineCurrency) {

    public Sentence {
        if (startedOn == null || length == null) {
            throw new InvalidInput("a sentence needs its start and its length");
        }
        remission = remission == null ? Period.ZERO : remission;
        if (length.isNegative() || length.isZero()) {
            throw new InvalidInput("a sentence's length must be more than zero");
        }
        if (remission.isNegative() || remandDays < 0) {
            throw new InvalidInput("remission and remand cannot be negative");
        }
        if ((fine == null) != (fineCurrency == null) || fine != null && fine.signum() < 0) {
            throw new InvalidInput("a fine needs a positive amount and its currency");
        }
    }

    public static Sentence of(LocalDate startedOn, Period length) {
        return new Sentence(startedOn, length, Period.ZERO, 0, null, null);
    }

    public Sentence withRemission(Period remission) {
        return new Sentence(startedOn, length, remission, remandDays, fine, fineCurrency);
    }

    public Sentence withRemand(int days) {
        return new Sentence(startedOn, length, remission, days, fine, fineCurrency);
    }

    /** The day after the full term, before remission and remand are credited. */
    public LocalDate fullTermEndsOn() {
        return anniversary(startedOn, length);
    }

    /** The day the prisoner is to be released. */
    public LocalDate releaseOn() {
        var release = fullTermEndsOn().minus(remission).minusDays(remandDays);
        return release.isBefore(startedOn) ? startedOn : release;
    }

    /** What is left to serve on {@code day}: nothing once the release date has come. */
    public Term remainingOn(LocalDate day) {
        var release = releaseOn();
        var from = day.isBefore(startedOn) ? startedOn : day;
        return from.isBefore(release) ? new Term(Period.between(from, release), ChronoUnit.DAYS.between(from, release))
                : Term.NONE;
    }

    /** Days served by {@code day}, remand included. */
    public long servedOn(LocalDate day) {
        var end = day.isAfter(releaseOn()) ? releaseOn() : day;
        return remandDays + Math.max(0, ChronoUnit.DAYS.between(startedOn, end));
    }

    /** Whether at least {@code months} are left to serve on {@code day}. */
    public boolean atLeastLeftOn(LocalDate day, int months) {
        var from = day.isBefore(startedOn) ? startedOn : day;
        return !remainingOn(day).over() && !releaseOn().isBefore(from.plusMonths(months));
    }

    /** The same calendar date {@code length} later, or the day after the end of a month too short for it. */
    static LocalDate anniversary(LocalDate start, Period length) {
        var months = start.plusYears(length.getYears()).plusMonths(length.getMonths());
        var clamped = months.getDayOfMonth() < start.getDayOfMonth();
        return (clamped ? months.plusDays(1) : months).plusDays(length.getDays());
    }
}
