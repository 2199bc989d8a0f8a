package org.liaison.committees;

/** A file an officer attaches to a progress update, as received; the facade checks its type and size. */
public record EvidenceUpload(String fileName, byte[] content) {
}
