package org.liaison.directory;

import java.util.Optional;
import java.util.regex.Pattern;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import org.liaison.shared.InvalidInput;

/**
 * A federated agency id: the country's ISO code, then up to three path segments from the top of the
 * hierarchy down, e.g. {@code KH/MOI/GDP}. The parent is the id without its last segment.
 */
public record AgencyId(@JsonValue String value) {

    public static final String PATTERN = "[A-Z]{2}(/[A-Z0-9]{2,12}){1,3}";
    private static final Pattern VALID = Pattern.compile(PATTERN);

    @JsonCreator
    public AgencyId {
        if (value == null || !VALID.matcher(value).matches()) {
            throw new InvalidInput("an agency id looks like KH/MOI or KH/MOI/GDP");
        }
    }

    public static AgencyId of(String value) {
        return new AgencyId(value);
    }

    /** The ISO 3166-1 alpha-2 code of the agency's country. */
    public String country() {
        return value.substring(0, 2);
    }

    /** The agency one level up, or empty for a top-level agency (the country itself is no agency). */
    public Optional<AgencyId> parent() {
        int last = value.lastIndexOf('/');
        return last == 2 ? Optional.empty() : Optional.of(new AgencyId(value.substring(0, last)));
    }

    /** Whether this agency is {@code ancestor} itself or one below it: the one place ids are compared as paths. */
    public boolean isWithin(AgencyId ancestor) {
        return value.equals(ancestor.value) || value.startsWith(ancestor.value + "/");
    }

    /**
     * The SQL condition "this agency or one below it" on {@code column}, with its two positional parameters; ids
     * hold no LIKE wildcards ({@link #PATTERN}), so the pattern needs no escaping.
     */
    public SqlCondition subtree(String column) {
        return new SqlCondition("(" + column + " = ? or " + column + " like ?)", java.util.List.of(value, value + "/%"));
    }

    /** A piece of a WHERE clause and its positional parameters, in order. */
    public record SqlCondition(String sql, java.util.List<Object> params) {

        public static final SqlCondition ALL = new SqlCondition("true", java.util.List.of());
        public static final SqlCondition NONE = new SqlCondition("false", java.util.List.of());

        /** The same condition with named parameters {@code :name1}, {@code :name2} …, for named-parameter queries. */
        public String sqlNamed(String name) {
            var named = new StringBuilder();
            int n = 0;
            for (char c : sql.toCharArray()) {
                named.append(c == '?' ? ":" + name + (++n) : String.valueOf(c));
            }
            return named.toString();
        }

        /** The parameters of {@link #sqlNamed}. */
        public java.util.Map<String, Object> paramsNamed(String name) {
            var named = new java.util.LinkedHashMap<String, Object>();
            for (int i = 0; i < params.size(); i++) {
                named.put(name + (i + 1), params.get(i));
            }
            return named;
        }
    }

    @Override
    public String toString() {
        return value;
    }
}
