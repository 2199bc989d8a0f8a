package org.liaison.node;

import java.nio.file.Path;

import org.jspecify.annotations.Nullable;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;

/**
 * Who this node is. Set by environment variables ({@code LIAISON_NODE_ID}, {@code LIAISON_NODE_COUNTRY},
 * {@code LIAISON_DATA_DIR}, …); the defaults make a standalone Cambodian node for development. The time zone
 * ({@code LIAISON_NODE_ZONE}, e.g. {@code Asia/Vientiane}) may stay unset: the zone of the node's country then.
 * The public base URL ({@code LIAISON_BASE_URL}) should be set: it is where partners reach the node, the load
 * balancer's address when the node runs as several instances; left unset, {@link ThisNode} guesses one.
 */
@Validated
@ConfigurationProperties("liaison.node")
public record NodeSettings(
        @NotBlank @Pattern(regexp = "[A-Z]{2}-[A-Z0-9]{1,16}") String id,
        @NotBlank @Pattern(regexp = "[A-Z]{2}") String country,
        @Nullable String baseUrl,
        @NotNull Path dataDir,
        @Nullable String zone) {
}
