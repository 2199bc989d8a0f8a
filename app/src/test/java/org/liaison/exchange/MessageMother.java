package org.liaison.exchange;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.liaison.agreements.DataCategory;
import org.liaison.agreements.Purpose;
import org.liaison.directory.AgencyId;
import org.liaison.exchange.payload.Correspondence;
import org.liaison.exchange.payload.DrugSeizureReport;
import org.liaison.exchange.payload.DrugTraffickingInformation;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/** Messages the demo agreements allow: KH/MOI and LA/MPS share drug-trafficking information for investigations. */
public final class MessageMother {

    static final AgencyId KH_MOI = AgencyId.of("KH/MOI");
    static final AgencyId LA_MPS = AgencyId.of("LA/MPS");
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private MessageMother() {
    }

    public static DrugTraffickingInformation payload(String subject) {
        return new DrugTraffickingInformation(subject,
                "Two vehicles crossed near the checkpoint with methamphetamine tablets; please share records.", null,
                "methamphetamine", null, null, null);
    }

    static DrugSeizureReport seizure(String subject) {
        return new DrugSeizureReport(subject, "For the attention of the liaison officer.", null, null, null, null, null);
    }

    static Correspondence letter(String subject) {
        return new Correspondence(subject, "For the attention of the liaison officer.", null);
    }

    /** The id of what was sent; a refusal fails the test with its reason. */
    static MessageId sent(SendResult result) {
        return switch (result) {
            case Sent sent -> sent.id();
            case Denied denied -> throw denied.asForbidden();
        };
    }

    /** Only the fields every category's record has, as JSON (for envelopes forged by hand). */
    public static ObjectNode plainPayload(String subject) {
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
