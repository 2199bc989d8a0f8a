package org.liaison.directory.web;

import java.util.List;

import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.jspecify.annotations.Nullable;
import org.liaison.directory.Agency;
import org.liaison.directory.AgencyId;
import org.liaison.directory.AgencyType;
import org.liaison.directory.Checkpoint;
import org.liaison.directory.ContactPoint;
import org.liaison.directory.Country;
import org.liaison.directory.Directory;
import org.liaison.directory.Node;
import org.liaison.directory.NodeId;
import org.liaison.directory.internal.Scripts;
import org.liaison.shared.NotFound;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Read side of the directory for any authenticated officer. Agency ids contain slashes and are used as they
 * are in the path: {@code GET /api/v1/agencies/KH/MOI/GDP}.
 */
@RestController
@RequestMapping("/api/v1")
@Tag(name = "Directory", description = "Countries, agencies, checkpoints, contact points and nodes")
class DirectoryApi {

    private final Directory directory;

    DirectoryApi(Directory directory) {
        this.directory = directory;
    }

    @GetMapping("/countries")
    @Operation(summary = "All countries, by ISO code")
    List<Country> countries() {
        return directory.countries();
    }

    @GetMapping("/agencies")
    @Operation(summary = "Agencies, optionally filtered by country, type and free text")
    List<Agency> agencies(
            @RequestParam(required = false) @Nullable @Pattern(regexp = "[A-Z]{2}") String country,
            @RequestParam(required = false) @Nullable AgencyType type,
            @RequestParam(required = false) @Nullable @Size(max = 100) String q) {
        return directory.findAgencies(country, type, Scripts.optional(q));
    }

    @GetMapping("/agencies/{*id}")
    @Operation(summary = "One agency by its id, slashes included (e.g. /api/v1/agencies/KH/MOI/GDP)")
    Agency agency(@PathVariable String id) {
        var agencyId = AgencyId.of(id.substring(1));
        return directory.agency(agencyId).orElseThrow(() -> new NotFound("agency", agencyId));
    }

    @GetMapping("/checkpoints")
    @Operation(summary = "Border checkpoints, optionally on one country's borders or between a pair of countries")
    List<Checkpoint> checkpoints(
            @RequestParam(required = false) @Nullable @Pattern(regexp = "[A-Z]{2}") String country,
            @RequestParam(required = false) @Nullable @Pattern(regexp = "[A-Z]{2}") String partner) {
        return directory.checkpoints(country, country == null ? null : partner);
    }

    @GetMapping("/contact-points")
    @Operation(summary = "Contact points, optionally of one agency")
    List<ContactPoint> contactPoints(
            @RequestParam(required = false) @Nullable @Pattern(regexp = AgencyId.PATTERN) String agency) {
        return directory.contactPoints(agency == null ? null : AgencyId.of(agency));
    }

    @GetMapping("/nodes")
    @Operation(summary = "The federation's nodes with their public signing keys")
    List<Node> nodes() {
        return directory.nodes();
    }

    @GetMapping("/nodes/{id}")
    @Operation(summary = "One node by id (e.g. KH-1)")
    Node node(@PathVariable String id) {
        var nodeId = NodeId.of(id);
        return directory.node(nodeId).orElseThrow(() -> new NotFound("node", nodeId));
    }
}
