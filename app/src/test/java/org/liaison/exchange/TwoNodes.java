package org.liaison.exchange;

import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.time.Instant;

import org.liaison.agreements.AgreementRegistry;
import org.liaison.agreements.DataCategory;
import org.liaison.agreements.PolicyQuery;
import org.liaison.agreements.Purpose;
import org.liaison.exchange.trust.Partners;
import org.liaison.identity.Role;

/**
 * KH-1 and LA-1, started once per test JVM and shared by the federation test classes (starting a node
 * costs seconds), trusting each other on first use as the demo does, with the demo agreements in force.
 */
public final class TwoNodes {

    private static FederationNode kh;
    private static FederationNode la;

    private TwoNodes() {
    }

    public static synchronized FederationNode kh() {
        start();
        return kh;
    }

    public static synchronized FederationNode la() {
        start();
        return la;
    }

    private static void start() {
        if (kh != null) {
            return;
        }
        try {
            var sender = FederationNode.prepare("KH-1");
            var receiver = FederationNode.prepare("LA-1");
            for (var node : java.util.List.of(sender, receiver)) {
                // The retention purge runs twice a second, so a test that moves a message's date sees it go at once.
                node.with("liaison.exchange.purge-interval", "PT0.5S").with("liaison.exchange.purge-initial-delay", "PT0.5S");
            }
            sender.with("liaison.exchange.max-attempts", 100_000);
            // LA-1 keeps ES256 keys, as a node set up before ADR 0010 does, while KH-1 signs with Ed25519: every
            // two-node test crosses both signature suites (envelopes one way, receipts and replies the other).
            receiver.with("liaison.exchange.max-envelope-bytes", 1_000_000)
                    .with("liaison.node.keys.algorithm", "ES256");
            startTogether(sender, receiver);
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                sender.close();
                receiver.close();
            }));
            kh = sender;
            la = receiver;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Starts two prepared nodes that trust each other, and waits until each has pinned the other and its agreements. */
    static void startTogether(FederationNode sender, FederationNode receiver) {
        receiver.trusting(sender).start();
        sender.trusting(receiver).start();
        await().atMost(Duration.ofSeconds(30)).until(() -> !sender.bean(Partners.class).keysOf(receiver.id).isEmpty()
                && !receiver.bean(Partners.class).keysOf(sender.id).isEmpty());
        awaitAgreements(sender);
        awaitAgreements(receiver);
    }

    /** The demo agreements are seeded once the node is ready; wait until the policy has compiled them. */
    private static void awaitAgreements(FederationNode node) {
        var query = new PolicyQuery(MessageMother.KH_MOI, MessageMother.LA_MPS, DataCategory.DRUG_TRAFFICKING_INFORMATION,
                Purpose.INVESTIGATION, Instant.now());
        await().atMost(Duration.ofSeconds(30)).until(() -> node.bean(AgreementRegistry.class).decide(query).allowed());
    }

    static MessageId send(FederationNode node, String agency, OutgoingMessage message) throws Exception {
        return Officers.as("officer", agency, () -> MessageMother.sent(node.bean(Exchange.class).send(message)),
                Role.BORDER_OFFICER);
    }

    static Message messageOn(FederationNode node, MessageId id) throws Exception {
        return Officers.as("admin", "KH/MOI", () -> node.bean(Exchange.class).message(id), Role.ADMIN);
    }

    static long inboxRows(FederationNode node, MessageId id) {
        return node.db().sql("select count(*) from exchange_message where direction = 'IN' and id = ?")
                .param(id.value()).query(Long.class).single();
    }
}
