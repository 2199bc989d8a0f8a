package org.liaison.node;

import java.time.ZoneId;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/** Read-only view of who this node is, for other modules and pages. */
@Component
public class ThisNode {

    private static final Logger log = LoggerFactory.getLogger(ThisNode.class);

    /** Where a node of each country of the region keeps its clocks when no zone is configured. */
    private static final Map<String, ZoneId> ZONES = Map.of(
            "KH", ZoneId.of("Asia/Phnom_Penh"),
            "LA", ZoneId.of("Asia/Vientiane"),
            "VN", ZoneId.of("Asia/Ho_Chi_Minh"),
            "TH", ZoneId.of("Asia/Bangkok"),
            "MM", ZoneId.of("Asia/Yangon"),
            "CN", ZoneId.of("Asia/Shanghai"));

    private final NodeSettings settings;
    private final ZoneId zone;
    private final String baseUrl;
    private final boolean baseUrlConfigured;

    @Autowired
    ThisNode(NodeSettings settings, Environment environment) {
        this(settings, environment.getProperty("server.port", "8080"));
    }

    ThisNode(NodeSettings settings) {
        this(settings, "8080");
    }

    private ThisNode(NodeSettings settings, String port) {
        this.settings = settings;
        this.baseUrlConfigured = settings.baseUrl() != null && !settings.baseUrl().isBlank();
        this.baseUrl = baseUrlConfigured ? settings.baseUrl().strip() : "http://localhost:" + port;
        if (!baseUrlConfigured) {
            log.warn("LIAISON_BASE_URL is not set: this instance guesses {} as the node's public address, which "
                    + "partners cannot reach and which never replaces an address already registered; set it to the "
                    + "URL partners use (the load balancer's, the same on every instance)", baseUrl);
        }
        this.zone = settings.zone() == null || settings.zone().isBlank()
                ? ZONES.getOrDefault(settings.country(), ZoneId.of("UTC"))
                : ZoneId.of(settings.zone());
    }

    public String id() {
        return settings.id();
    }

    public String country() {
        return settings.country();
    }

    /** Where partners reach this node: {@code LIAISON_BASE_URL}, or a guess when it is unset. */
    public String baseUrl() {
        return baseUrl;
    }

    /** Whether {@link #baseUrl()} was configured rather than guessed from this instance's port. */
    public boolean baseUrlConfigured() {
        return baseUrlConfigured;
    }

    public java.nio.file.Path dataDir() {
        return settings.dataDir();
    }

    /**
     * This instance among the node's instances, for scheduler locks and logs: host name and process id
     * ({@code kh-app-2:4711}), which tells two instances apart even on one host.
     */
    public String instance() {
        return INSTANCE;
    }

    private static final String INSTANCE = hostName() + ":" + ProcessHandle.current().pid();

    private static String hostName() {
        try {
            return java.net.InetAddress.getLocalHost().getHostName();
        } catch (java.net.UnknownHostException e) {
            return java.util.Objects.requireNonNullElse(System.getenv("HOSTNAME"), "unknown-host");
        }
    }

    /** The node's time zone: where "today" is measured, and how times show to an officer who chose none. */
    public ZoneId zone() {
        return zone;
    }
}
