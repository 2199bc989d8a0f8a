package org.liaison.cases;

/**
 * Another case the caller may see that shares something with this one: a person whose names match across scripts
 * (with the matching library's score), a vehicle's plate, or a seizure lot; {@code detail} says which.
 */
public record CaseLink(CaseId other, String number, String title, LinkKind kind, String detail, double score) {
}
