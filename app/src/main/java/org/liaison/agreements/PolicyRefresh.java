package org.liaison.agreements;

import java.util.concurrent.atomic.AtomicLong;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Keeps the registry's policy index current: compiled at start-up, after every committed change on this
 * instance, and when another instance on the same database bumped the version (polled, so that a change
 * made anywhere applies everywhere within seconds).
 */
@Component
class PolicyRefresh implements SmartInitializingSingleton {

    private static final Logger log = LoggerFactory.getLogger(PolicyRefresh.class);

    private final PolicyCompiler compiler;
    private final AgreementRegistry registry;
    private final AtomicLong loaded = new AtomicLong(-1);

    PolicyRefresh(PolicyCompiler compiler, AgreementRegistry registry) {
        this.compiler = compiler;
        this.registry = registry;
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
        registry.replacePolicy(compiled.index());
        loaded.set(compiled.version());
        log.info("Sharing policy version {} compiled: {} rules", compiled.version(), compiled.index().ruleCount());
    }
}
