package org.liaison.exchange;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.liaison.agreements.DataCategory;
import org.liaison.agreements.Purpose;
import org.liaison.directory.AgencyId;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/** Messages the demo agreements allow: KH/MOI and LA/MPS share drug-trafficking information for investigations. */
final class MessageMother {

    static final AgencyId KH_MOI = AgencyId.of("KH/MOI");
    static final AgencyId LA_MPS = AgencyId.of("LA/MPS");
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private MessageMother() {
    }

    static ObjectNode payload(String subject) {
        var payload = JSON.createObjectNode();
        payload.put("subject", subject);
        payload.put("body", "Two vehicles crossed near the checkpoint with methamphetamine tablets; please share records.");
        payload.put("substance", "methamphetamine");
        return payload;
    }

    /** Only the fields every category's schema has. */
    static ObjectNode plainPayload(String subject) {
        var payload = JSON.createObjectNode();
        payload.put("subject", subject);
        payload.put("body", "For the attention of the liaison officer.");
        return payload;
    }

    static OutgoingMessage drugRequest(String subject) {
        return new OutgoingMessage(KH_MOI, LA_MPS, MessageKind.REQUEST, DataCategory.DRUG_TRAFFICKING_INFORMATION,
                Purpose.INVESTIGATION, payload(subject), Instant.now().plus(Duration.ofDays(7)), null, List.of());
    }

    static OutgoingMessage drugNotification(String subject) {
        return new OutgoingMessage(KH_MOI, LA_MPS, MessageKind.NOTIFICATION, DataCategory.DRUG_TRAFFICKING_INFORMATION,
                Purpose.INVESTIGATION, payload(subject), null, null, List.of());
    }

    static OutgoingMessage replyTo(MessageId request, String subject) {
        return new OutgoingMessage(LA_MPS, KH_MOI, MessageKind.REPLY, DataCategory.DRUG_TRAFFICKING_INFORMATION,
                Purpose.INVESTIGATION, payload(subject), null, request, List.of());
    }
}
