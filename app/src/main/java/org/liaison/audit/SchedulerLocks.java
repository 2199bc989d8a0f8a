package org.liaison.audit;

import java.time.Duration;

import javax.sql.DataSource;

import net.javacrumbs.shedlock.core.LockProvider;
import net.javacrumbs.shedlock.provider.jdbctemplate.JdbcTemplateLockProvider;
import net.javacrumbs.shedlock.spring.annotation.EnableSchedulerLock;
import org.liaison.node.ThisNode;
import org.springframework.boot.convert.DurationStyle;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Scheduled jobs run on one instance of a node at a time (the {@code shedlock} table comes with V1_1).
 * Lock times come from the database clock, so instances with drifting clocks agree; {@code locked_by} names
 * the instance (host and process id), so an operator can tell which one holds or last ran a job. Jobs that
 * should run once per period for the whole node (the checkpoint, the witness push, the key refresh) also hold
 * their lock for {@link #AT_LEAST} of their period, so another instance whose turn comes within it skips.
 * Lives here because the audit checkpoint is the first scheduled job; it serves every module's
 * {@code @SchedulerLock}.
 */
@Configuration(proxyBeanMethods = false)
@EnableSchedulerLock(defaultLockAtMostFor = "PT10M")
public class SchedulerLocks {

    private static final Logger log = LoggerFactory.getLogger(SchedulerLocks.class);

    /** The share of a period a once-per-period job holds its lock: less than all, so its own next run is not skipped. */
    static final double AT_LEAST = 0.9;

    @Bean
    LockProvider lockProvider(DataSource dataSource, ThisNode node) {
        log.info("This instance takes scheduler locks as {}", node.instance());
        return new JdbcTemplateLockProvider(JdbcTemplateLockProvider.Configuration.builder()
                .withJdbcTemplate(new JdbcTemplate(dataSource))
                .usingDbTime()
                .withLockedByValue(node.instance())
                .build());
    }

    /**
     * {@link #AT_LEAST} of {@code period} (as a scheduled job's delay is written: {@code PT10S}, {@code 10s} or
     * milliseconds), but no longer than the job's {@code atMost}, which ShedLock requires; for a job's
     * {@code lockAtLeastFor = "#{T(org.liaison.audit.SchedulerLocks).atLeast('${…-interval:PT10S}', 'PT5M')}"}.
     */
    public static String atLeast(String period, String atMost) {
        var share = Duration.ofMillis((long) (DurationStyle.detectAndParse(period).toMillis() * AT_LEAST));
        var most = DurationStyle.detectAndParse(atMost);
        return (share.compareTo(most) < 0 ? share : most).toString();
    }
}
