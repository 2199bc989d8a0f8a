package org.liaison.exchange.outbound;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.liaison.exchange.ConversationId;
import org.liaison.exchange.MessageId;
import org.liaison.exchange.TwoNodes;
import org.liaison.exchange.wire.BatchRequest;
import org.liaison.exchange.wire.DeliveryRequest;
import org.liaison.exchange.wire.Rejection;

/**
 * A partner that predates batch delivery (ADR 0008) answers the batch media type with 415: the sender falls
 * back to one request per message and keeps doing so for a while instead of offering batches every round.
 */
class OlderPartnerTests {

    private final List<String> received = new CopyOnWriteArrayList<>();
    private HttpServer partner;

    @BeforeEach
    void startAnOlderPartner() throws Exception {
        partner = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        partner.createContext(DeliveryRequest.PATH, exchange -> {
            var type = String.valueOf(exchange.getRequestHeaders().getFirst("Content-Type"));
            received.add(type);
            exchange.getRequestBody().readAllBytes();
            var problem = type.startsWith("application/json")
                    ? "{\"reason\":\"POLICY_DENIED\",\"detail\":\"no agreement here\"}".getBytes(StandardCharsets.UTF_8)
                    : new byte[0];
            exchange.getResponseHeaders().add("Content-Type", "application/problem+json");
            exchange.sendResponseHeaders(type.startsWith("application/json") ? 403 : 415, problem.length == 0 ? -1 : problem.length);
            exchange.getResponseBody().write(problem);
            exchange.close();
        });
        partner.start();
    }

    @AfterEach
    void stopIt() {
        partner.stop(0);
    }

    @Test
    void getsSingleDeliveriesAfterRefusingABatchAndNoBatchOnTheNextRound() {
        var batches = TwoNodes.kh().bean(BatchDelivery.class);
        var baseUrl = "http://127.0.0.1:" + partner.getAddress().getPort();

        var first = batches.attempt(List.of(prepared(baseUrl), prepared(baseUrl)));
        var second = batches.attempt(List.of(prepared(baseUrl)));

        assertThat(first).hasSize(2).allSatisfy(o -> assertThat(o.reason()).isEqualTo(Rejection.POLICY_DENIED));
        assertThat(second).singleElement().satisfies(o -> assertThat(o.reason()).isEqualTo(Rejection.POLICY_DENIED));
        assertThat(received).containsExactly(BatchRequest.MEDIA_TYPE, "application/json", "application/json", "application/json");
    }

    private static Delivery.Prepared prepared(String baseUrl) {
        var due = new Deliveries.Due(MessageId.random(), ConversationId.random(), "LA-9", "e.n.v", "0".repeat(64), 0);
        return new Delivery.Prepared(due, baseUrl, new DeliveryRequest("e.n.v", List.of()));
    }
}
