package org.liaison.directory;

import org.jspecify.annotations.Nullable;

/**
 * A named head of an agency, as publicly reported. {@code notedYear} is the year of the public source the
 * name was taken from: heads change, so readers must be able to tell how current the entry is.
 */
public record Official(String name, @Nullable String nativeName, @Nullable String title, @Nullable Integer notedYear) {
}
