package org.liaison.exchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.time.Duration;
import java.time.Instant;

import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.liaison.agreements.AgreementRegistry;
import org.liaison.agreements.DataCategory;
import org.liaison.agreements.PolicyQuery;
import org.liaison.agreements.Purpose;
import org.liaison.exchange.trust.Partners;

/**
 * Two nodes that speak HTTPS only and demand a client certificate from the federation's CA: messages flow
 * with signed receipts, and a caller without a certificate does not get past the TLS handshake.
 */
class MutualTlsTests {

    static FederationNode kh;
    static FederationNode la;
    static Path trust;

    @BeforeAll
    static void startNodes() throws Exception {
        var pki = new TestPki();
        trust = pki.trustStore();
        kh = tls(FederationNode.prepare("KH-1"), pki.nodeKeyStore("KH-1"));
        la = tls(FederationNode.prepare("LA-1"), pki.nodeKeyStore("LA-1"));
        kh.trusting(la);
        la.trusting(kh);
        la.start();
        kh.start();
        await().atMost(Duration.ofSeconds(30)).until(() -> !kh.bean(Partners.class).keysOf("LA-1").isEmpty()
                && !la.bean(Partners.class).keysOf("KH-1").isEmpty());
        var query = new PolicyQuery(MessageMother.KH_MOI, MessageMother.LA_MPS, DataCategory.DRUG_TRAFFICKING_INFORMATION,
                Purpose.INVESTIGATION, Instant.now());
        await().atMost(Duration.ofSeconds(30)).until(() -> kh.bean(AgreementRegistry.class).decide(query).allowed()
                && la.bean(AgreementRegistry.class).decide(query).allowed());
    }

    private static FederationNode tls(FederationNode node, Path keys) {
        return node.with("server.ssl.key-store", keys).with("server.ssl.key-store-password", TestPki.PASSWORD)
                .with("server.ssl.key-store-type", "PKCS12").with("server.ssl.client-auth", "need")
                .with("server.ssl.trust-store", trust).with("server.ssl.trust-store-password", TestPki.PASSWORD)
                .with("server.ssl.trust-store-type", "PKCS12")
                .with("liaison.exchange.tls.key-store", keys).with("liaison.exchange.tls.key-store-password", TestPki.PASSWORD)
                .with("liaison.exchange.tls.trust-store", trust)
                .with("liaison.exchange.tls.trust-store-password", TestPki.PASSWORD);
    }

    @AfterAll
    static void stopNodes() {
        kh.close();
        la.close();
    }

    @Test
    void deliversOverMutualTlsWithASignedReceipt() throws Exception {
        assertThat(kh.baseUrl()).startsWith("https://");
        var id = TwoNodes.send(kh, "KH/MOI", MessageMother.drugRequest("Over mutual TLS"));

        await().atMost(Duration.ofSeconds(20)).until(() -> TwoNodes.messageOn(kh, id).status() == MessageStatus.DELIVERED);
        assertThat(TwoNodes.messageOn(kh, id).receiptVerified()).isTrue();
        assertThat(TwoNodes.inboxRows(la, id)).isEqualTo(1);
    }

    @Test
    void aCallerWithoutAClientCertificateIsTurnedAwayDuringTheHandshake() throws Exception {
        var context = SSLContext.getInstance("TLS");
        var trustManagers = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        trustManagers.init(load(trust));
        context.init(null, trustManagers.getTrustManagers(), null);
        try (var client = HttpClient.newBuilder().sslContext(context).build()) {
            var request = HttpRequest.newBuilder(URI.create(la.baseUrl() + "/federation/v1/keys")).build();
            assertThatThrownBy(() -> client.send(request, HttpResponse.BodyHandlers.ofString()))
                    .isInstanceOf(IOException.class);
        }
    }

    private static KeyStore load(Path file) throws Exception {
        var store = KeyStore.getInstance("PKCS12");
        try (InputStream in = Files.newInputStream(file)) {
            store.load(in, TestPki.PASSWORD.toCharArray());
        }
        return store;
    }
}
