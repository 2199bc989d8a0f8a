package org.liaison.node;

import org.springframework.stereotype.Component;

/** Read-only view of who this node is, for other modules and pages. */
@Component
public class ThisNode {

    private final NodeSettings settings;

    ThisNode(NodeSettings settings) {
        this.settings = settings;
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
}
