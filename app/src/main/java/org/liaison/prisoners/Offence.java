package org.liaison.prisoners;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.jspecify.annotations.Nullable;

/** An offence the prisoner was convicted of, with the law and article that define it. */
public record Offence(
        @NotBlank(message = "{prisoners.validation.required}") @Size(max = 300, message = "{prisoners.validation.size}") String description,
        @NotBlank(message = "{prisoners.validation.required}") @Size(max = 200, message = "{prisoners.validation.size}") String law,
        @Nullable @Size(max = 40, message = "{prisoners.validation.size}") String article) {

    /** One line of a form: {@code law; article; description}. */
    static Offence parse(String line) {
        var parts = line.split(";", 3);
        if (parts.length < 3) {
            return new Offence(line.strip(), "", null);
        }
        var article = parts[1].strip();
        return new Offence(parts[2].strip(), parts[0].strip(), article.isEmpty() ? null : article);
    }

    String line() {
        return law + "; " + (article == null ? "" : article) + "; " + description;
    }
}
