package org.liaison.committees;

/** An attached file for download, with the SHA-256 it was stored with. */
public record Evidence(String fileName, String contentType, byte[] content, String sha256) {
}
