package org.liaison.exchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.net.InetAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.function.IntFunction;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.liaison.exchange.inbound.UnverifiedRefusals;
import org.liaison.exchange.wire.DeliveryRequest;

/**
 * The federation endpoint under unauthenticated load: a flood from one address is answered 429 with
 * Retry-After while a partner at another address keeps delivering, and garbage is counted per address and
 * reason rather than written one audit entry each. A pair of nodes of its own, with low rates for the test.
 * Other loopback addresses (127.0.0.2, …) stand for other hosts.
 */
class InboundLimitsTests {

    static FederationNode kh;
    static FederationNode la;

    @BeforeAll
    static void nodes() throws IOException {
        kh = FederationNode.prepare("KH-1").with("liaison.exchange.max-attempts", 100_000);
        la = FederationNode.prepare("LA-1").with("liaison.exchange.inbound.address-rate", 20)
                .with("liaison.exchange.inbound.address-burst", 50).with("liaison.exchange.inbound.summarised-addresses", 5)
                .with("liaison.exchange.inbound.node-rate", 30).with("liaison.exchange.inbound.node-burst", 30);
        TwoNodes.startTogether(kh, la);
    }

    @AfterAll
    static void stop() {
        kh.close();
        la.close();
    }

    @Test
    void aFloodFromOneAddressIsAnswered429WithRetryAfterWhileAPartnerKeepsDelivering() throws Exception {
        List<HttpResponse<String>> answers;
        var sent = new ArrayList<MessageId>();
        try (var pool = Executors.newVirtualThreadPerTaskExecutor()) {
            var flood = new ArrayList<java.util.concurrent.Future<List<HttpResponse<String>>>>();
            for (int stream = 0; stream < 8; stream++) {
                flood.add(pool.submit(() -> posts("127.0.0.2", 50, i -> "{}")));
            }
            for (int i = 0; i < 20; i++) {
                sent.add(TwoNodes.send(kh, "KH/MOI", MessageMother.drugNotification("Sent during a flood " + i)));
            }
            answers = new ArrayList<>();
            for (var stream : flood) {
                answers.addAll(stream.get());
            }
        }
        var limited = answers.stream().filter(r -> r.statusCode() == 429).toList();

        assertThat(limited).isNotEmpty().allSatisfy(r -> {
            assertThat(r.headers().firstValue("Retry-After")).hasValueSatisfying(s -> assertThat(Integer.parseInt(s)).isPositive());
            assertThat(r.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).contains("problem+json"));
            assertThat(r.body()).contains("\"reason\":\"RATE_LIMITED\"");
        });
        await().atMost(Duration.ofSeconds(30)).until(() -> sent.stream().allMatch(id -> inboxHas(id)));
        assertThat(kh.db().sql("select count(*) from exchange_message where id in (:ids) and last_error is not null")
                .param("ids", sent.stream().map(MessageId::value).toList()).query(Long.class).single())
                .as("none of the partner's deliveries was refused or shed").isZero();
    }

    @Test
    void aThousandGarbagePostsAddOnlyAHandfulOfAuditEntriesAndRows() throws Exception {
        var refusals = la.bean(UnverifiedRefusals.class);
        refusals.flush();
        long entries = refusalEntries();
        long rows = la.db().sql("select count(*) from exchange_rejection").query(Long.class).single();
        var unknownKey = "{\"envelope\":\"" + withKeyId(Forge.seal(kh, Forge.drugEnvelope(kh)), "XX-9-unknown") + "\"}";
        var badSignature = "{\"envelope\":\"" + Forge.tamper(Forge.seal(kh, Forge.drugEnvelope(kh)), Forge.drugEnvelope(kh)) + "\"}";

        var answers = posts("127.0.0.3", 1_000, i -> switch (i % 3) {
            case 0 -> "garbage " + i;
            case 1 -> unknownKey;
            default -> badSignature;
        });
        refusals.flush();

        assertThat(answers).hasSize(1_000).allMatch(r -> r.statusCode() >= 400 && r.statusCode() < 500);
        assertThat(refusalEntries() - entries).as("audit entries for 1,000 refusals").isBetween(1L, 4L);
        assertThat(la.db().sql("select count(*) from exchange_rejection").query(Long.class).single() - rows)
                .as("message-log rows for 1,000 refusals").isBetween(1L, 4L);
        assertThat(la.db().sql("select sum(occurrences) from exchange_rejection where source_address = '127.0.0.3'")
                .query(Long.class).single()).isEqualTo(1_000);
        assertThat(la.db().sql("select distinct reason from exchange_rejection where source_address = '127.0.0.3'")
                .query(String.class).list()).contains("MALFORMED", "UNKNOWN_KEY", "BAD_SIGNATURE");
    }

    @Test
    void messagesOverAPartnersRateAreRetriedAfterRetryAfterWithoutCountingAnAttempt() throws Exception {
        var refusals = la.bean(UnverifiedRefusals.class);
        refusals.flush();
        var ids = Officers.as("officer", "KH/MOI", () -> kh.bean(org.springframework.transaction.support.TransactionTemplate.class)
                .execute(status -> {
                    var sent = new ArrayList<MessageId>();
                    for (int i = 0; i < 60; i++) {
                        sent.add(MessageMother.sent(kh.bean(Exchange.class).send(MessageMother.drugNotification("Over the rate " + i))));
                    }
                    return sent;
                }), org.liaison.identity.Role.BORDER_OFFICER);

        await().atMost(Duration.ofSeconds(30)).until(() -> ids.stream().allMatch(InboundLimitsTests::inboxHas));
        refusals.flush();
        assertThat(la.db().sql("select coalesce(sum(occurrences), 0) from exchange_rejection where reason = 'RATE_LIMITED' and detail like '%messages from KH-1%'")
                .query(Long.class).single()).as("messages shed over KH-1's rate").isPositive();
        assertThat(kh.db().sql("select max(attempts) || ' ' || count(*) filter (where status = 'DELIVERED') from exchange_message where id in (:ids)")
                .param("ids", ids.stream().map(MessageId::value).toList()).query(String.class).single())
                .as("every message delivered on its one counted attempt").isEqualTo("1 60");
    }

    @Test
    void refusalsFromMoreAddressesThanAreCountedApartShareOneCount() throws Exception {
        var refusals = la.bean(UnverifiedRefusals.class);
        refusals.flush();
        long entries = refusalEntries();

        for (int i = 1; i <= 20; i++) {
            assertThat(posts("127.0.2." + i, 1, n -> "not json").getFirst().statusCode()).isEqualTo(400);
        }
        refusals.flush();

        assertThat(refusalEntries() - entries).as("five addresses apart, the other fifteen together").isEqualTo(6);
        assertThat(la.db().sql("select occurrences from exchange_rejection where source_address = ? order by id desc limit 1")
                .param(UnverifiedRefusals.OTHER_ADDRESSES).query(Integer.class).single()).isEqualTo(15);
    }

    /** {@code count} posts one after the other from a loopback address of their own; the answers in order. */
    private static List<HttpResponse<String>> posts(String from, int count, IntFunction<String> body)
            throws IOException, InterruptedException {
        var answers = new ArrayList<HttpResponse<String>>();
        try (var client = HttpClient.newBuilder().localAddress(InetAddress.getByName(from)).build()) {
            for (int i = 0; i < count; i++) {
                answers.add(client.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + la.port + DeliveryRequest.PATH))
                        .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body.apply(i))).build(),
                        HttpResponse.BodyHandlers.ofString()));
            }
        }
        return answers;
    }

    /** The compact JWS with its header naming another key id; the signature no longer matters. */
    private static String withKeyId(String compact, String kid) {
        var parts = compact.split("\\.");
        var header = new String(Base64.getUrlDecoder().decode(parts[0]), StandardCharsets.UTF_8)
                .replaceFirst("\"kid\":\"[^\"]+\"", "\"kid\":\"" + kid + "\"");
        return Base64.getUrlEncoder().withoutPadding().encodeToString(header.getBytes(StandardCharsets.UTF_8))
                + "." + parts[1] + "." + parts[2];
    }

    private static boolean inboxHas(MessageId id) {
        return TwoNodes.inboxRows(la, id) == 1;
    }

    private static long refusalEntries() {
        return la.db().sql("select count(*) from audit_entry where action in ('MESSAGE_REJECTED', 'UNVERIFIED_DELIVERIES_REFUSED')")
                .query(Long.class).single();
    }
}
