package org.liaison.node;

import java.time.ZoneId;
import java.util.Map;

import org.springframework.stereotype.Component;

/** Read-only view of who this node is, for other modules and pages. */
@Component
public class ThisNode {

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

    ThisNode(NodeSettings settings) {
        this.settings = settings;
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

    public String baseUrl() {
        return settings.baseUrl();
    }

    public java.nio.file.Path dataDir() {
        return settings.dataDir();
    }

    /** The node's time zone: where "today" is measured, and how times show to an officer who chose none. */
    public ZoneId zone() {
        return zone;
    }
}
