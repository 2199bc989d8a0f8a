package org.liaison.exchange.payload;

import java.util.Locale;

import org.liaison.agreements.DataCategory;

/**
 * The record a module sends and receives for a data category, at a version. A module registers its types as
 * beans; the exchange refuses to start when two claim one category, and refuses to send or accept a category no
 * module registered. The schema name on the wire is {@code <category>/<version>}, e.g. {@code alert/1}.
 */
public record PayloadType<P extends Payload>(DataCategory category, int version, Class<P> type) {

    public PayloadType {
        if (version < 1) {
            throw new IllegalArgumentException("payload versions start at 1");
        }
        if (!type.isRecord()) {
            throw new IllegalArgumentException(type.getName() + " is not a record");
        }
    }

    public static <P extends Payload> PayloadType<P> of(DataCategory category, int version, Class<P> type) {
        return new PayloadType<>(category, version, type);
    }

    /** The name envelopes carry in {@code schema}. */
    public String schema() {
        return category.name().toLowerCase(Locale.ROOT) + "/" + version;
    }
}
