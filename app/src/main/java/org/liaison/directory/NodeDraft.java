package org.liaison.directory;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.jspecify.annotations.Nullable;
import org.liaison.directory.internal.Scripts;

/** What an administrator submits to register or update a partner node. */
public record NodeDraft(
        @NotBlank(message = "{directory.validation.required}")
        @Pattern(regexp = NodeId.PATTERN, message = "{directory.validation.nodeId}") @Nullable String id,
        @NotBlank(message = "{directory.validation.required}")
        @Size(max = 300, message = "{directory.validation.size}")
        @Pattern(regexp = "https?://[^\\s]+", message = "{directory.validation.url}") @Nullable String baseUrl,
        @Size(max = 4000, message = "{directory.validation.size}") @Nullable String publicJwk,
        @NotNull(message = "{directory.validation.required}") @Nullable NodeStatus status) {

    public NodeDraft {
        id = Scripts.required(id);
        baseUrl = Scripts.required(baseUrl);
        publicJwk = Scripts.optional(publicJwk);
    }

    public NodeId nodeId() {
        return NodeId.of(String.valueOf(id));
    }

    String summary() {
        return "baseUrl=" + baseUrl + " status=" + status + " key=" + (publicJwk == null ? "none" : "set");
    }
}
