package org.liaison.exchange.web;

import java.time.LocalDate;

import jakarta.validation.constraints.FutureOrPresent;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.jspecify.annotations.Nullable;
import org.liaison.agreements.DataCategory;
import org.liaison.agreements.Purpose;
import org.liaison.directory.AgencyId;
import org.liaison.exchange.MessageKind;

/** What an officer fills in to write a message; a request also needs a reply-by date. */
public record ComposeForm(
        @NotBlank(message = "{exchange.validation.required}") @Pattern(regexp = AgencyId.PATTERN,
                message = "{exchange.validation.agency}") @Nullable String recipient,
        @NotNull(message = "{exchange.validation.required}") @Nullable MessageKind kind,
        @NotNull(message = "{exchange.validation.required}") @Nullable DataCategory category,
        @NotNull(message = "{exchange.validation.required}") @Nullable Purpose purpose,
        @NotBlank(message = "{exchange.validation.required}") @Size(max = 200, message = "{exchange.validation.size}") @Nullable String subject,
        @NotBlank(message = "{exchange.validation.required}") @Size(max = 20000, message = "{exchange.validation.size}") @Nullable String body,
        @FutureOrPresent(message = "{exchange.validation.future}") @Nullable LocalDate replyBy) {

    public ComposeForm {
        recipient = recipient == null ? null : recipient.strip();
        subject = subject == null ? null : subject.strip();
        body = body == null ? null : body.strip();
    }

    static ComposeForm empty() {
        return new ComposeForm(null, MessageKind.REQUEST, null, null, null, null, null);
    }
}
