package org.liaison.agreements.internal;

import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;

import org.liaison.agreements.SharingPolicyChanged;
import org.liaison.agreements.policy.PolicyIndex;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Holds the policy index the registry decides by and keeps it current: compiled at start-up, after every
 * committed change on this instance, and when another instance on the same database bumped the version
 * (polled, so that a change made anywhere applies everywhere within seconds).
 */
@Component
public class PolicyRefresh implements SmartInitializingSingleton {

    private static final Logger log = LoggerFactory.getLogger(PolicyRefresh.class);

    private final PolicyCompiler compiler;
    private final AtomicReference<PolicyIndex> current = new AtomicReference<>(PolicyIndex.empty());
    private final AtomicLong loaded = new AtomicLong(-1);

    PolicyRefresh(PolicyCompiler compiler) {
        this.compiler = compiler;
    }

    /** The index last compiled; empty (denying everything) until the first compilation at start-up. */
    public PolicyIndex current() {
        return current.get();
    }

    @Override
    public void afterSingletonsInstantiated() {
        refresh();
    }

    @TransactionalEventListener
    void on(SharingPolicyChanged event) {
        if (event.version() > loaded.get()) {
            refresh();
        }
    }

    @Scheduled(fixedDelayString = "${liaison.agreements.policy-poll:PT5S}", initialDelayString = "PT5S")
    void poll() {
        if (compiler.currentVersion() != loaded.get()) {
            refresh();
        }
    }

    synchronized void refresh() {
        var compiled = compiler.compile();
        current.set(compiled.index());
        loaded.set(compiled.version());
        log.info("Sharing policy version {} compiled: {} rules", compiled.version(), compiled.index().ruleCount());
    }
}
