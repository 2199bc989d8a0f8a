package org.liaison.directory.web;

import java.util.UUID;

import jakarta.validation.Valid;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.liaison.directory.Agency;
import org.liaison.directory.AgencyDraft;
import org.liaison.directory.Checkpoint;
import org.liaison.directory.CheckpointDraft;
import org.liaison.directory.ContactPoint;
import org.liaison.directory.ContactPointDraft;
import org.liaison.directory.Directory;
import org.liaison.directory.Node;
import org.liaison.directory.NodeDraft;
import org.liaison.shared.InvalidInput;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Administrators' changes to the directory; the facade checks the role and audits each change. */
@RestController
@RequestMapping("/api/v1")
@Tag(name = "Directory")
class DirectoryAdminApi {

    private final Directory directory;

    DirectoryAdminApi(Directory directory) {
        this.directory = directory;
    }

    @PostMapping("/agencies")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Create an agency (administrators)")
    Agency createAgency(@Valid @RequestBody AgencyDraft draft) {
        return directory.createAgency(draft);
    }

    @PutMapping("/agencies/{*id}")
    @Operation(summary = "Update an agency; the id in the path and in the body must agree (administrators)")
    Agency updateAgency(@PathVariable String id, @Valid @RequestBody AgencyDraft draft) {
        if (!id.substring(1).equals(draft.id())) {
            throw new InvalidInput("the agency id in the path and in the body differ");
        }
        return directory.updateAgency(draft);
    }

    @PostMapping("/contact-points")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Create a contact point (administrators)")
    ContactPoint createContactPoint(@Valid @RequestBody ContactPointDraft draft) {
        return directory.createContactPoint(draft);
    }

    @PutMapping("/contact-points/{id}")
    @Operation(summary = "Update a contact point (administrators)")
    ContactPoint updateContactPoint(@PathVariable UUID id, @Valid @RequestBody ContactPointDraft draft) {
        return directory.updateContactPoint(id, draft);
    }

    @DeleteMapping("/contact-points/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Delete a contact point (administrators)")
    void deleteContactPoint(@PathVariable UUID id) {
        directory.deleteContactPoint(id);
    }

    @PostMapping("/checkpoints")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Create a border checkpoint (administrators)")
    Checkpoint createCheckpoint(@Valid @RequestBody CheckpointDraft draft) {
        return directory.createCheckpoint(draft);
    }

    @PutMapping("/checkpoints/{id}")
    @Operation(summary = "Update a border checkpoint (administrators)")
    Checkpoint updateCheckpoint(@PathVariable long id, @Valid @RequestBody CheckpointDraft draft) {
        return directory.updateCheckpoint(id, draft);
    }

    @PostMapping("/nodes")
    @Operation(summary = "Register a partner node, or update it if known (administrators)")
    Node registerNode(@Valid @RequestBody NodeDraft draft) {
        return directory.registerNode(draft);
    }

    @PutMapping("/nodes/{id}")
    @Operation(summary = "Update a node; the id in the path and in the body must agree (administrators)")
    Node updateNode(@PathVariable String id, @Valid @RequestBody NodeDraft draft) {
        if (!id.equals(draft.id())) {
            throw new InvalidInput("the node id in the path and in the body differ");
        }
        return directory.registerNode(draft);
    }
}
