package org.liaison.directory.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalTime;

import jakarta.validation.ConstraintViolationException;

import org.junit.jupiter.api.Test;
import org.liaison.NodeTest;
import org.liaison.WithOfficer;
import org.liaison.directory.Agency;
import org.liaison.directory.AgencyDraft;
import org.liaison.directory.AgencyId;
import org.liaison.directory.AgencyType;
import org.liaison.directory.CheckpointDraft;
import org.liaison.directory.CheckpointStatus;
import org.liaison.directory.CheckpointType;
import org.liaison.directory.ContactKind;
import org.liaison.directory.ContactPointDraft;
import org.liaison.directory.Directory;
import org.liaison.directory.NodeDraft;
import org.liaison.directory.NodeId;
import org.liaison.directory.NodeStatus;
import org.liaison.shared.Conflict;
import org.liaison.shared.InvalidInput;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;

@NodeTest
@WithOfficer(username = "admin.kh", roles = "ADMIN")
class DirectoryChangesTests {

    @Autowired Directory directory;
    @Autowired NodeRegistration nodeRegistration;
    @Autowired JdbcClient jdbc;

    @Test
    void createsAnAgencyUnderItsParentAndAuditsIt() {
        var created = directory.createAgency(agency("KH/MOI/AUDITED", "Audited Unit"));
        assertThat(created.parent()).isEqualTo(AgencyId.of("KH/MOI"));
        assertThat(directory.childrenOf(AgencyId.of("KH/MOI"))).extracting(Agency::id).contains(created.id());
        assertThat(auditActions("KH/MOI/AUDITED")).containsExactly("AGENCY_CREATED by admin.kh");
    }

    @Test
    void updatesAnAgencyAndAuditsIt() {
        directory.createAgency(agency("LA/MPS/UPD", "Before"));
        var updated = directory.updateAgency(agency("LA/MPS/UPD", "After"));
        assertThat(updated.name()).isEqualTo("After");
        assertThat(auditActions("LA/MPS/UPD")).containsExactly("AGENCY_CREATED by admin.kh", "AGENCY_UPDATED by admin.kh");
    }

    @Test
    @WithOfficer(username = "officer.kh", roles = "OFFICER")
    void refusesEveryChangeToNonAdministratorsAndWritesNothing() {
        long entries = auditEntries();
        assertThatThrownBy(() -> directory.createAgency(agency("KH/MOI/DENIED", "Denied")))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> directory.createContactPoint(contact("KH/MOI", "Denied desk")))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> directory.createCheckpoint(checkpoint("KH", "Denied", "VN", "Denied")))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> directory.registerNode(new NodeDraft("TH-DENIED", "http://th", null, NodeStatus.ACTIVE)))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(directory.agency(AgencyId.of("KH/MOI/DENIED"))).isEmpty();
        assertThat(directory.node(NodeId.of("TH-DENIED"))).isEmpty();
        assertThat(auditEntries()).isEqualTo(entries);
    }

    @Test
    void rejectsAgencyWithoutEnglishName() {
        assertThatThrownBy(() -> directory.createAgency(agency("KH/MOI/NONAME", "  ")))
                .isInstanceOf(ConstraintViolationException.class);
    }

    @Test
    void rejectsAgencyWhoseParentIsNotInTheDirectory() {
        assertThatThrownBy(() -> directory.createAgency(agency("KH/NOPARENT/UNIT", "Orphan")))
                .isInstanceOf(InvalidInput.class).hasMessageContaining("KH/NOPARENT");
    }

    @Test
    void rejectsAnAgencyThatAlreadyExists() {
        assertThatThrownBy(() -> directory.createAgency(agency("KH/MOI", "Again"))).isInstanceOf(Conflict.class);
    }

    @Test
    void createsUpdatesAndDeletesAContactPointWithAnAuditEntryEach() {
        var created = directory.createContactPoint(contact("KH/MOI/GDI", "Immigration desk"));
        directory.updateContactPoint(created.id(), contact("KH/MOI/GDI", "Immigration night desk"));
        assertThat(directory.contactPoint(created.id()).orElseThrow().name()).isEqualTo("Immigration night desk");
        directory.deleteContactPoint(created.id());
        assertThat(directory.contactPoint(created.id())).isEmpty();
        assertThat(auditActions(created.id().toString())).containsExactly("CONTACT_POINT_CREATED by admin.kh",
                "CONTACT_POINT_UPDATED by admin.kh", "CONTACT_POINT_DELETED by admin.kh");
    }

    @Test
    void storesACheckpointWithTheCountryThatSortsFirstAsSideA() {
        var created = directory.createCheckpoint(checkpoint("VN", "Test Gate VN", "KH", "Test Gate KH"));
        assertThat(created.a().country()).isEqualTo("KH");
        assertThat(created.a().name()).isEqualTo("Test Gate KH");
        assertThat(created.b().name()).isEqualTo("Test Gate VN");
        assertThat(auditActions(Long.toString(created.id()))).containsExactly("CHECKPOINT_CREATED by admin.kh");
        assertThatThrownBy(() -> directory.createCheckpoint(checkpoint("KH", "Test Gate KH", "VN", "Test Gate VN")))
                .isInstanceOf(Conflict.class);
    }

    @Test
    void rejectsACheckpointWithinOneCountry() {
        assertThatThrownBy(() -> directory.createCheckpoint(checkpoint("KH", "Here", "KH", "There")))
                .isInstanceOf(InvalidInput.class);
    }

    @Test
    void registersAPartnerNodeButRefusesAPrivateKey() {
        var privateKey = """
                {"kty":"EC","crv":"P-256","x":"MKBCTNIcKUSDii11ySs3526iDZ8AiTo7Tu6KPAqv7D4",
                 "y":"4Etl6SRW2YiLUrN5vfvVHuhp7x8PxltmWWlbbM4IFyM","d":"870MB6gfuTJ4HtUnUvYMyJpr5eUZNP4Bk43bVdj3eAE"}""";
        assertThatThrownBy(() -> directory.registerNode(new NodeDraft("TH-1", "https://th.example", privateKey,
                NodeStatus.ACTIVE))).isInstanceOf(InvalidInput.class);
        var publicKey = privateKey.replaceAll(",\\s*\"d\":\"[^\"]+\"", "");
        var node = directory.registerNode(new NodeDraft("TH-1", "https://th.example", publicKey, NodeStatus.ACTIVE));
        assertThat(node.fingerprint()).hasSize(16);
        directory.registerNode(new NodeDraft("TH-1", "https://th2.example", publicKey, NodeStatus.SUSPENDED));
        assertThat(directory.node(NodeId.of("TH-1")).orElseThrow().status()).isEqualTo(NodeStatus.SUSPENDED);
        assertThat(auditActions("TH-1")).containsExactly("NODE_REGISTERED by admin.kh", "NODE_UPDATED by admin.kh");
    }

    @Test
    void registeringThisNodeAgainWithoutChangesWritesNoAuditEntry() {
        long entries = auditEntries();
        nodeRegistration.registerThisNode();
        assertThat(auditEntries()).isEqualTo(entries);
    }

    private static AgencyDraft agency(String id, String name) {
        return new AgencyDraft(id, AgencyType.POLICE, name, null, null, null, null, null, null, null);
    }

    private static ContactPointDraft contact(String agency, String name) {
        return new ContactPointDraft(agency, name, ContactKind.DESK_24_7, "+000 1", "desk@example.invalid", "km,en",
                "24/7");
    }

    private static CheckpointDraft checkpoint(String countryA, String nameA, String countryB, String nameB) {
        return new CheckpointDraft(countryA, nameA, null, null, countryB, nameB, null, null, 11.5, 105.5,
                CheckpointType.LOCAL, LocalTime.of(7, 0), LocalTime.of(17, 0), CheckpointStatus.OPEN, null);
    }

    private long auditEntries() {
        return jdbc.sql("select count(*) from audit_entry where action <> 'ACCESS_DENIED'").query(Long.class).single();
    }

    private java.util.List<String> auditActions(String subject) {
        return jdbc.sql("select action || ' by ' || actor from audit_entry where subject = ? order by seq")
                .param(subject).query(String.class).list();
    }
}
