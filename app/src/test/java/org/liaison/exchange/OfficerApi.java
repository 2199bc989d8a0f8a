package org.liaison.exchange;

import java.io.IOException;
import java.util.UUID;

import org.liaison.NodeProcess;
import org.liaison.OfficerSession;
import tools.jackson.databind.json.JsonMapper;

/** An officer's HTTP session on a node process, with the exchange API calls the fault-injection runs make. */
final class OfficerApi {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final NodeProcess node;
    private OfficerSession session;

    OfficerApi(NodeProcess node) {
        this.node = node;
    }

    OfficerApi signIn(String username, String password) throws Exception {
        session = OfficerSession.signIn(node.baseUrl(), node.dataDir, username, password);
        return this;
    }

    /** Sends a drug-trafficking notification to LA/MPS, in {@code conversation} if given; returns the message id. */
    UUID send(String subject, UUID conversation) throws IOException, InterruptedException {
        var body = JSON.createObjectNode().put("recipient", "LA/MPS").put("kind", "NOTIFICATION")
                .put("category", "DRUG_TRAFFICKING_INFORMATION").put("purpose", "INVESTIGATION");
        body.putObject("payload").put("subject", subject).put("body", "Fault injection run");
        if (conversation != null) {
            body.put("conversation", conversation.toString());
        }
        var response = session.post("/api/v1/messages", JSON.writeValueAsString(body));
        if (response.statusCode() != 201) {
            throw new IOException("send answered " + response.statusCode() + ": " + response.body());
        }
        return UUID.fromString(JSON.readTree(response.body()).path("id").asString());
    }

    UUID conversationOf(UUID message) throws IOException, InterruptedException {
        var body = session.get("/api/v1/messages/" + message).body();
        return UUID.fromString(JSON.readTree(body).path("conversation").asString());
    }
}
