package org.liaison.agreements;

import java.util.concurrent.atomic.AtomicReference;

import org.springframework.stereotype.Service;

/**
 * The agreements this node knows and the executable sharing policy they make up. Public facade of the
 * agreements module.
 */
@Service
public class AgreementRegistry {

    private final AtomicReference<PolicyIndex> policy = new AtomicReference<>(PolicyIndex.empty());

    /**
     * Decides whether data may flow, from this node's own registry: allow with the clause that allows it,
     * or deny with the reason. Cheap enough to call for every message; needs no officer.
     */
    public PolicyDecision decide(PolicyQuery query) {
        return policy.get().decide(query);
    }

    void replacePolicy(PolicyIndex index) {
        policy.set(index);
    }
}
