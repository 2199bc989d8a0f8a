package org.liaison.exchange.web;

import java.time.Instant;
import java.util.Map;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.jspecify.annotations.Nullable;
import org.liaison.agreements.DataCategory;
import org.liaison.agreements.Purpose;
import org.liaison.directory.AgencyId;
import org.liaison.exchange.ConversationId;
import org.liaison.exchange.MessageId;
import org.liaison.exchange.MessageKind;

/**
 * A message sent through the API, from the caller's agency. {@code payload} follows the category's schema
 * ({@code subject}, {@code body} and the category's own text fields).
 */
public record MessageRequest(
        @NotBlank @Pattern(regexp = AgencyId.PATTERN) String recipient,
        @NotNull MessageKind kind,
        @NotNull DataCategory category,
        @NotNull Purpose purpose,
        @NotNull @Size(min = 2, max = 12) Map<String, String> payload,
        @Nullable Instant replyBy,
        @Nullable MessageId inReplyTo,
        @Nullable ConversationId conversation) {
}
