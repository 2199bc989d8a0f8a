package org.liaison.directory;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalTime;

import org.junit.jupiter.api.Test;
import org.liaison.NodeTest;
import org.liaison.node.NodeKeys;
import org.liaison.node.ThisNode;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

@NodeTest
class DirectoryReferenceDataTests {

    @Autowired Directory directory;
    @Autowired ThisNode thisNode;
    @Autowired NodeKeys keys;
    @Autowired JdbcClient jdbc;

    @Test
    void seedsTheMainBorderCheckpointsOfTheRegion() {
        var crossings = directory.checkpoints(null, null).stream()
                .map(c -> c.a().name() + " – " + c.b().name()).toList();
        assertThat(crossings).contains("Trapeang Kriel – Nong Nok Khiene", "Bavet – Moc Bai", "Prek Chak – Xa Xia",
                "Kaam Samnor – Vinh Xuong", "Phnom Den – Tinh Bien", "O Yadav – Le Thanh", "Trapeang Phlong – Xa Mat",
                "Dansavanh – Lao Bao", "Nam Phao – Cau Treo", "Nam Soi – Na Meo", "Phou Keua – Bo Y",
                "Sop Hun – Tay Trang", "Poipet – Aranyaprathet (Ban Khlong Luek)", "Cham Yeam – Hat Lek");
    }

    @Test
    void checkpointsCarryNamesInBothScriptsCoordinatesAndHours() {
        var bavet = directory.checkpoints("KH", "VN").stream().filter(c -> c.a().name().equals("Bavet")).findFirst()
                .orElseThrow();
        assertThat(bavet.a().nativeName()).isEqualTo("បាវិត");
        assertThat(bavet.b().nativeName()).isEqualTo("Mộc Bài");
        assertThat(bavet.latitude()).isBetween(11.0, 11.2);
        assertThat(bavet.longitude()).isBetween(106.0, 106.3);
        assertThat(bavet.opensAt()).isEqualTo(LocalTime.of(6, 0));
        assertThat(bavet.type()).isEqualTo(CheckpointType.INTERNATIONAL);
    }

    @Test
    void seedsAgenciesWithTheOfficialsNamedInThePressReleases() {
        assertThat(head("KH/MOI")).isEqualTo("Sar Kheng");
        assertThat(head("KH/MOI/GDP")).isEqualTo("Chhorn Sanath");
        assertThat(head("KH/SPO")).isEqualTo("Chea Leang");
        assertThat(head("LA/MPS")).isEqualTo("Vilay Lakhamfong");
        assertThat(head("LA/MPS/PRI")).isEqualTo("Sumlith Daohungsuli");
        assertThat(head("LA/SPPO")).isEqualTo("Xaysana Khodphouthone");
        assertThat(head("VN/MPS")).isEqualTo("To Lam");
        assertThat(directory.agency(AgencyId.of("LA/MPS")).orElseThrow().nativeName()).isEqualTo("ກະຊວງປ້ອງກັນຄວາມສະຫງົບ");
        assertThat(directory.agency(AgencyId.of("VN/MPS")).orElseThrow().nativeName()).isEqualTo("Bộ Công an");
    }

    @Test
    void seedsEveryRequiredAgencyTypeAcrossTheCountries() {
        var ids = directory.agencies().stream().map(a -> a.id().value()).toList();
        assertThat(ids).contains("KH/MOI/GDI", "KH/MOI/NP", "KH/NACD", "KH/MEF/GDCE", "KH/MAFF/FA", "LA/MPS/IMM",
                "VN/MPS/IMM", "VN/MND/BG", "VN/SPP", "TH/RTP/IMM");
        assertThat(directory.agencies()).allSatisfy(agency ->
                assertThat(agency.parent() == null || directory.agency(agency.parent()).isPresent()).isTrue());
    }

    @Test
    void registersThisNodeWithItsPublicKeyAtStartupOnBehalfOfTheSystem() {
        var self = directory.node(NodeId.of(thisNode.id())).orElseThrow();
        assertThat(self.publicJwk()).isEqualTo(keys.publicJwk(keys.active().kid()).orElseThrow());
        assertThat(self.baseUrl()).isEqualTo(thisNode.baseUrl());
        var actor = jdbc.sql("select actor from audit_entry where action = 'NODE_REGISTERED' and subject = ?")
                .param(thisNode.id()).query(String.class).single();
        assertThat(actor).isEqualTo("system");
    }

    private String head(String id) {
        var head = directory.agency(AgencyId.of(id)).orElseThrow().head();
        assertThat(head).isNotNull();
        return head.name();
    }
}
