package org.liaison.directory;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.validation.Valid;

import org.jspecify.annotations.Nullable;
import org.liaison.audit.AuditAction;
import org.liaison.audit.AuditTrail;
import org.liaison.directory.internal.NodeKeys;
import org.liaison.directory.store.Agencies;
import org.liaison.directory.store.Checkpoints;
import org.liaison.directory.store.ContactPoints;
import org.liaison.directory.store.Countries;
import org.liaison.directory.store.Nodes;
import org.liaison.directory.store.References;
import org.liaison.shared.NotFound;
import org.liaison.shared.Permissions;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;

/**
 * The federation's address book, public facade of the directory module: who the countries, agencies,
 * officials, contact points, border checkpoints and nodes are.
 *
 * <p>Queries are open to every caller (modules use them on behalf of any officer or of the node itself).
 * Every change is an administrator's, validated, and audited in the same transaction.
 */
@Service
@Validated
public class Directory {

    private final References references;
    private final Countries countries;
    private final Agencies agencies;
    private final Checkpoints checkpoints;
    private final ContactPoints contactPoints;
    private final Nodes nodes;
    private final AuditTrail auditTrail;

    Directory(References references, Countries countries, Agencies agencies, Checkpoints checkpoints,
              ContactPoints contactPoints, Nodes nodes, AuditTrail auditTrail) {
        this.references = references;
        this.countries = countries;
        this.agencies = agencies;
        this.checkpoints = checkpoints;
        this.contactPoints = contactPoints;
        this.nodes = nodes;
        this.auditTrail = auditTrail;
    }

    /** All countries, by ISO code. */
    public List<Country> countries() {
        return countries.all();
    }

    public Optional<Agency> agency(AgencyId id) {
        return agencies.find(id);
    }

    /** All agencies in id order, so that each parent comes right before its children. */
    public List<Agency> agencies() {
        return agencies.all();
    }

    /** The agencies of one country, e.g. those a node of that country hosts. */
    public List<Agency> agenciesOf(String country) {
        return agencies.search(country, null, null);
    }

    /** Agencies matching every filter given; {@code text} matches names in any script, abbreviation, id or head. */
    public List<Agency> findAgencies(@Nullable String country, @Nullable AgencyType type, @Nullable String text) {
        return agencies.search(country, type, text);
    }

    public List<Agency> childrenOf(AgencyId id) {
        return agencies.childrenOf(id);
    }

    /** All checkpoints, or those on {@code country}'s borders, or only on its border with {@code partner}. */
    public List<Checkpoint> checkpoints(@Nullable String country, @Nullable String partner) {
        return country == null ? checkpoints.all() : checkpoints.of(country, partner);
    }

    public Optional<Checkpoint> checkpoint(long id) {
        return checkpoints.find(id);
    }

    /** All contact points, or those of one agency. */
    public List<ContactPoint> contactPoints(@Nullable AgencyId agency) {
        return agency == null ? contactPoints.all() : contactPoints.of(agency);
    }

    public Optional<ContactPoint> contactPoint(UUID id) {
        return contactPoints.find(id);
    }

    public List<Node> nodes() {
        return nodes.all();
    }

    public Optional<Node> node(NodeId id) {
        return nodes.find(id);
    }

    @Transactional
    @PreAuthorize(Permissions.ADMIN)
    public Agency createAgency(@Valid AgencyDraft draft) {
        var id = draft.agencyId();
        references.requireNewAgency(id);
        agencies.insert(draft);
        auditTrail.record(AuditAction.AGENCY_CREATED, id.value(), draft.summary());
        return agencies.find(id).orElseThrow(() -> new NotFound("agency", id));
    }

    @Transactional
    @PreAuthorize(Permissions.ADMIN)
    public Agency updateAgency(@Valid AgencyDraft draft) {
        var id = draft.agencyId();
        if (agencies.update(draft) == 0) {
            throw new NotFound("agency", id);
        }
        auditTrail.record(AuditAction.AGENCY_UPDATED, id.value(), draft.summary());
        return agencies.find(id).orElseThrow(() -> new NotFound("agency", id));
    }

    @Transactional
    @PreAuthorize(Permissions.ADMIN)
    public ContactPoint createContactPoint(@Valid ContactPointDraft draft) {
        references.requireAgency(draft.agencyId());
        var id = UUID.randomUUID();
        contactPoints.insertIfAbsent(id, draft);
        auditTrail.record(AuditAction.CONTACT_POINT_CREATED, id.toString(), draft.summary());
        return contactPoints.find(id).orElseThrow(() -> new NotFound("contact point", id));
    }

    @Transactional
    @PreAuthorize(Permissions.ADMIN)
    public ContactPoint updateContactPoint(UUID id, @Valid ContactPointDraft draft) {
        references.requireAgency(draft.agencyId());
        if (contactPoints.update(id, draft) == 0) {
            throw new NotFound("contact point", id);
        }
        auditTrail.record(AuditAction.CONTACT_POINT_UPDATED, id.toString(), draft.summary());
        return contactPoints.find(id).orElseThrow(() -> new NotFound("contact point", id));
    }

    @Transactional
    @PreAuthorize(Permissions.ADMIN)
    public void deleteContactPoint(UUID id) {
        var existing = contactPoints.find(id).orElseThrow(() -> new NotFound("contact point", id));
        contactPoints.delete(id);
        auditTrail.record(AuditAction.CONTACT_POINT_DELETED, id.toString(), ContactPointDraft.of(existing).summary());
    }

    @Transactional
    @PreAuthorize(Permissions.ADMIN)
    public Checkpoint createCheckpoint(@Valid CheckpointDraft draft) {
        var canonical = references.requireNewCrossing(draft.canonical(), -1);
        long id = checkpoints.insert(canonical);
        auditTrail.record(AuditAction.CHECKPOINT_CREATED, Long.toString(id), canonical.summary());
        return checkpoints.find(id).orElseThrow(() -> new NotFound("checkpoint", id));
    }

    @Transactional
    @PreAuthorize(Permissions.ADMIN)
    public Checkpoint updateCheckpoint(long id, @Valid CheckpointDraft draft) {
        var canonical = references.requireNewCrossing(draft.canonical(), id);
        if (checkpoints.update(id, canonical) == 0) {
            throw new NotFound("checkpoint", id);
        }
        auditTrail.record(AuditAction.CHECKPOINT_UPDATED, Long.toString(id), canonical.summary());
        return checkpoints.find(id).orElseThrow(() -> new NotFound("checkpoint", id));
    }

    /** Registers a partner node, or updates it if it is already known. */
    @Transactional
    @PreAuthorize(Permissions.ADMIN)
    public Node registerNode(@Valid NodeDraft draft) {
        var node = NodeKeys.toNode(draft);
        references.requireCountry(node.country());
        if (nodes.insertIfAbsent(node)) {
            auditTrail.record(AuditAction.NODE_REGISTERED, node.id().value(), draft.summary());
        } else {
            nodes.update(node);
            auditTrail.record(AuditAction.NODE_UPDATED, node.id().value(), draft.summary());
        }
        return node;
    }
}
