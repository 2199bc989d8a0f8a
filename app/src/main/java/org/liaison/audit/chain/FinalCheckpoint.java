package org.liaison.audit.chain;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.web.server.context.WebServerGracefulShutdownLifecycle;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * Signs the chain head once more when the node stops, after the last audited change: Spring stops lifecycles by
 * descending phase, and this one's comes after the web server's graceful drain and its stop (Spring Boot's
 * {@code WebServerGracefulShutdownLifecycle}, then {@code WebServerStartStopLifecycle}, 1,024 lower) and after
 * the delivery workers and the scheduler (default phase). The database is still there: the data source and the
 * embedded server are destroyed after every lifecycle has stopped.
 */
@Component
class FinalCheckpoint implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(FinalCheckpoint.class);

    /** Below the web server's stop phase ({@code SMART_LIFECYCLE_PHASE - 1024}). */
    static final int PHASE = WebServerGracefulShutdownLifecycle.SMART_LIFECYCLE_PHASE - 2048;

    private final ChainSequencer sequencer;
    private final CheckpointSigner signer;
    private volatile boolean running;

    FinalCheckpoint(ChainSequencer sequencer, CheckpointSigner signer) {
        this.sequencer = sequencer;
        this.signer = signer;
    }

    @Override
    public void start() {
        running = true;
    }

    @Override
    public void stop() {
        running = false;
        try {
            sequencer.chainCommitted();
            signer.checkpointIfHeadMoved().ifPresent(c -> log.info("signed audit checkpoint at seq {} on shutdown", c.seq()));
        } catch (RuntimeException e) {
            // The stop goes on; the next start's scheduled job signs the head instead.
            log.warn("could not sign an audit checkpoint on shutdown: {}", e.getMessage());
        }
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    @Override
    public int getPhase() {
        return PHASE;
    }
}
