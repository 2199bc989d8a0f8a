package org.liaison.node.keys;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The node's signing keys ({@code liaison.node.keys.*}).
 *
 * @param algorithm the suite of keys generated from now on: {@code Ed25519} or {@code ES256} (ADR 0010)
 * @param overlap how long a rotated-out key still verifies new signatures
 */
@ConfigurationProperties("liaison.node.keys")
public record NodeKeySettings(@DefaultValue("Ed25519") String algorithm, @DefaultValue("P7D") Duration overlap) {
}
