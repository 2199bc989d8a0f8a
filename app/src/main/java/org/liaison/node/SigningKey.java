package org.liaison.node;

import java.time.Instant;

import com.nimbusds.jose.JWSSigner;

/** One of this node's keys, ready to sign: its id, suite and a thread-safe signer. */
public record SigningKey(String kid, SignatureSuite suite, JWSSigner signer, Instant loadedAt) {
}
