package org.liaison.agreements;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import org.liaison.directory.AgencyId;
import org.liaison.directory.AgencyId.SqlCondition;
import org.liaison.shared.InvalidInput;

/**
 * A party to an agreement, a committee or a commitment: a state (its ISO code, {@code KH}) or an agency
 * ({@code KH/MOI}). A party stands for itself and everything within it: a state for every agency of its country,
 * an agency for those below it, so a ministry's MoU covers its general departments. This is the one place that
 * rule is written, in Java and in SQL.
 */
public record Party(@JsonValue String value) {

    /** A state's code or an agency id. */
    public static final String PATTERN = "[A-Z]{2}|" + AgencyId.PATTERN;
    private static final Pattern VALID = Pattern.compile(PATTERN);

    @JsonCreator
    public Party {
        if (value == null || !VALID.matcher(value).matches()) {
            throw new InvalidInput("agreements.refusal.party", "a party is a country code (KH) or an agency id (KH/MOI)");
        }
    }

    public static Party of(String value) {
        return new Party(value);
    }

    public static Party of(AgencyId agency) {
        return new Party(agency.value());
    }

    public boolean isState() {
        return value.length() == 2;
    }

    public String country() {
        return value.substring(0, 2);
    }

    /** The agency this party is; empty for a state. */
    public Optional<AgencyId> agency() {
        return isState() ? Optional.empty() : Optional.of(AgencyId.of(value));
    }

    /** Whether an officer or message of this agency acts within this party. */
    public boolean covers(AgencyId agency) {
        return isState() ? agency.country().equals(value) : agency.isWithin(AgencyId.of(value));
    }

    /** Whether {@code other} is this party or lies within it; no agency covers a state. */
    public boolean covers(Party other) {
        return other.agency().map(this::covers).orElseGet(() -> equals(other));
    }

    /** The parties that cover this one, itself first, then the agencies above it, then its state. */
    public List<Party> lineage() {
        var lineage = new ArrayList<Party>(4);
        for (var level = agency(); level.isPresent(); level = level.get().parent()) {
            lineage.add(Party.of(level.get()));
        }
        lineage.add(Party.of(country()));
        return Collections.unmodifiableList(lineage);
    }

    /** "The party in {@code column} is this one or lies within it": a state's by country code, an agency's subtree. */
    public SqlCondition subtree(String column) {
        return isState() ? new SqlCondition("left(" + column + ", 2) = ?", List.of(value))
                : AgencyId.of(value).subtree(column);
    }

    /** "The party in {@code column} is this one or covers it": one of its {@link #lineage()}. */
    public SqlCondition covering(String column) {
        var lineage = lineage();
        var marks = String.join(", ", Collections.nCopies(lineage.size(), "?"));
        return new SqlCondition(column + " in (" + marks + ")", lineage.stream().<Object>map(Party::value).toList());
    }

    /**
     * "The party in {@code column} covers this one or lies within it": what a list filtered by a party shows, so
     * that filtering by a ministry finds its departments' entries and the state's.
     */
    public SqlCondition related(String column) {
        var below = subtree(column);
        var over = covering(column);
        return new SqlCondition("(" + below.sql() + " or " + over.sql() + ")",
                Stream.concat(below.params().stream(), over.params().stream()).toList());
    }

    @Override
    public String toString() {
        return value;
    }
}
