package org.liaison;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.liaison.identity.NewOfficer;
import org.liaison.identity.OfficerAccounts;
import org.liaison.identity.Role;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The records of one agency that {@link AuthorizationMatrixTests} asks about, made once through the same HTTP API
 * officers use: an open and a restricted agreement and a committee between the agency and Thailand, a message it
 * sent to Laos, an alert it issued, a list it uploaded, one of its officers, and one undecided hit for each cell
 * that decides one (a decision is made once).
 */
final class MatrixRecords {

    static final String NAME = "Chanthavong Matrixperson";
    private static final java.util.concurrent.atomic.AtomicInteger TRAVELLERS = new java.util.concurrent.atomic.AtomicInteger();
    private static final JsonMapper JSON = JsonMapper.builder().build();

    final String agreement;
    final String restrictedAgreement;
    final String committee;
    final String message;
    final String alert;
    final String batch;
    final String officer;
    final String hit;
    final String crimeCase;
    final String prisoner;
    final String transfer;
    final String partnerTransfer;
    final String assistanceRequest;
    final String pass;
    private final Deque<String> undecidedHits = new ArrayDeque<>();
    private final MockMvc mvc;
    private final JdbcClient jdbc;
    private final String agency;

    MatrixRecords(MockMvc mvc, JdbcClient jdbc, OfficerAccounts accounts, String agency, int hits) throws Exception {
        this.mvc = mvc;
        this.agency = agency;
        this.jdbc = jdbc;
        // Sending needs an agreement in force and a trusted node of the recipient's country (suspended in close()).
        jdbc.sql("insert into exchange_partner (node_id, base_url, status, pinned_at, pinned_by, source)"
                + " values ('LA-MATRIX', 'http://127.0.0.1:9', 'TRUSTED', now(), 'matrix', 'MANUAL')"
                + " on conflict (node_id) do update set status = 'TRUSTED'").update();
        drugInformationMayGoToLaos();
        agreement = register(false);
        restrictedAgreement = register(true);
        committee = text(send("/api/v1/committees", "ADMIN", """
                {"kind": "MINISTERIAL", "name": "Matrix committee", "nativeLanguage": "km",
                 "parties": ["%s", "TH/RTP"]}""".formatted(agency)), "id");
        // the policy is recompiled after the agreement's commit: the first send waits for it
        message = await().atMost(Duration.ofSeconds(30)).until(() -> sendMessage(), java.util.Objects::nonNull);
        alert = text(send("/api/v1/alerts", "OFFICER", """
                {"subject": "PERSON", "noticeType": "PERSON_OF_INTEREST", "nameLatin": "%s",
                 "reason": "Courier for a smuggling ring", "action": "Report date and crossing"}""".formatted(NAME)), "id");
        batch = text(JSON.readTree(mvc.perform(MatrixRequests.upload().with(csrf()).with(as("OFFICER")))
                .andReturn().getResponse().getContentAsString()), "id");
        officer = OfficerContext.as("matrix.admin", agency, "ADMIN", () -> accounts.create(new NewOfficer(
                "mx" + UUID.randomUUID().toString().substring(0, 8), "Matrix Officer", null,
                java.util.Set.of(Role.OFFICER)))).officer().id().toString();
        hit = hitOnTheAlert();
        crimeCase = text(send("/api/v1/cases", "OFFICER", """
                {"type": "DRUG_TRAFFICKING", "title": "Matrix case", "summary": "Tablets at the crossing",
                 "leadAgency": "%s", "occurredOn": "2026-01-05"}""".formatted(agency)), "id");
        assistanceRequest = java.util.UUID.randomUUID().toString();
        jdbc.sql("""
                insert into legal_assistance (id, outgoing, office, partner, kind, agreement, article, subject, description,
                    deadline, status, message_id, partner_reference, created_by, created_at)
                values (?::uuid, false, ?, 'LA/SPPO', 'HEAR_WITNESS', 'KH-LA-PROS-2024', '5', 'Matrix request', 'Hear him',
                    current_date + 30, 'PENDING', gen_random_uuid(), gen_random_uuid(), 'node:LA/SPPO', now())""")
                .params(assistanceRequest, agency).update();
        pass = passOfTheAgency();
        for (int i = 0; i < hits; i++) {
            undecidedHits.add(hitOnTheAlert());
        }
        prisoner = text(send("/api/v1/prisoners", "PRISON_OFFICER", """
                {"administration": "%s", "facility": "Matrix Centre", "name": "Somchai Matrixprisoner",
                 "nationality": "TH", "sex": "MALE", "bornOn": "1980-01-01",
                 "offences": [{"description": "Drug trafficking", "law": "Law on Drug Control", "article": "40"}],
                 "sentenceStartedOn": "2024-01-01", "lengthYears": 9, "finalJudgment": true,
                 "pendingProceedings": false, "consent": "GIVEN", "humanitarian": false,
                 "health": "Matrix health note"}""".formatted(agency)), "id");
        transfer = prisonerTransfer();
        partnerTransfer = partnerTransfer();
    }

    /** A case of the prisoner to Thailand whose chain passes a sibling agency (KH/MOI/GDP) before the partner. */
    private String prisonerTransfer() throws Exception {
        var response = mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders
                .put("/api/v1/prisoners/rules").with(csrf()).with(as("ADMIN")).contentType(MediaType.APPLICATION_JSON)
                .content("""
                        {"agreement": "%s", "receivingCountry": "TH", "minimumMonthsLeft": 0,
                         "finalJudgmentRequired": true, "consentRequired": true, "humanitarianWaivesTerm": false,
                         "humanitarianWaivesConsent": false, "chain": ["%s", "KH/MOI/GDP", "TH/RTP"]}"""
                        .formatted(agreement, agency))).andReturn().getResponse();
        if (response.getStatus() != 200) {
            throw new IllegalStateException("rules answered " + response.getStatus() + ": " + response.getContentAsString());
        }
        return text(send("/api/v1/prisoners/" + prisoner + "/transfers?agreement=" + agreement, "PRISON_OFFICER", "{}"), "id");
    }

    /** A transfer a Lao node asked the agency to decide, as the receiving state keeps it. */
    private String partnerTransfer() {
        var id = UUID.randomUUID();
        jdbc.sql("""
                insert into prisoner_partner_transfer (id, sending_agency, receiving_agency, position, state,
                    prisoner_name, summary, last_request, received_sequence, received_at)
                values (?, 'LA/MPS/PRI', ?, 4, 'WAITING', 'Matrix Partnerprisoner', 'Matrix summary', ?, 1, now())""")
                .params(id, agency, UUID.randomUUID()).update();
        return id.toString();
    }

    /** A border pass applied for at the agency, through the page as its border officer would. */
    private String passOfTheAgency() throws Exception {
        var checkpoint = jdbc.sql("select min(id) from checkpoint where 'KH' in (country_a, country_b)").query(Long.class).single();
        var today = java.time.LocalDate.now();
        var location = mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart("/border/passes")
                .with(csrf()).with(as("BORDER_OFFICER")).param("surname", "Matrixperson").param("nationality", "KHM")
                .param("residence", "Stung Treng").param("purposes", "TRADE").param("checkpoints", String.valueOf(checkpoint))
                .param("validFrom", today.toString()).param("validUntil", today.plusMonths(1).toString()))
                .andReturn().getResponse().getRedirectedUrl();
        return location.substring(location.lastIndexOf('/') + 1);
    }

    /** A hit no one has decided yet; each is handed out once. */
    String undecidedHit() {
        return undecidedHits.pop();
    }

    /** Laos's node is trusted no longer: other tests sharing this database find no partner there, as before. */
    void close() {
        jdbc.sql("update exchange_partner set status = 'SUSPENDED' where node_id = 'LA-MATRIX'").update();
    }

    private void drugInformationMayGoToLaos() throws Exception {
        var id = "T-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        send("/api/v1/agreements", "ADMIN", """
                {"id": "%s", "kind": "MOU", "title": "Matrix MoU on drugs %s", "restricted": false,
                 "parties": ["KH/MOI", "LA/MPS"], "signedOn": "2026-03-01", "validFrom": "2026-03-01",
                 "timeZone": "Asia/Phnom_Penh"}""".formatted(id, id));
        send("/api/v1/agreements/" + id + "/clauses", "ADMIN", """
                {"article": "2.1", "from": "KH/MOI", "to": "LA/MPS", "reciprocal": true,
                 "categories": ["DRUG_TRAFFICKING_INFORMATION"], "purposes": ["INVESTIGATION"], "handling": "AMBER",
                 "retentionDays": 730}""");
        send("/api/v1/agreements/" + id + "/status", "ADMIN", "{\"status\": \"SIGNED\"}");
        send("/api/v1/agreements/" + id + "/status", "ADMIN", "{\"status\": \"IN_FORCE\", \"effective\": \"2026-03-01\"}");
    }

    private @Nullable String sendMessage() throws Exception {
        var response = mvc.perform(post("/api/v1/messages").with(csrf()).with(as("OFFICER"))
                .contentType(MediaType.APPLICATION_JSON).content("""
                        {"recipient": "LA/MPS", "kind": "NOTIFICATION", "category": "DRUG_TRAFFICKING_INFORMATION",
                         "purpose": "INVESTIGATION", "payload": {"subject": "Matrix", "body": "Convoy seen at dawn"}}"""))
                .andReturn().getResponse();
        return response.getStatus() == 201 ? text(JSON.readTree(response.getContentAsString()), "id") : null;
    }

    private String register(boolean restricted) throws Exception {
        var id = "T-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        send("/api/v1/agreements", "ADMIN", """
                {"id": "%s", "kind": "MOU", "title": "Matrix MoU %s", "restricted": %s, "parties": ["%s", "TH/RTP"],
                 "timeZone": "Asia/Phnom_Penh"}""".formatted(id, id, restricted, agency));
        send("/api/v1/agreements/" + id + "/clauses", "ADMIN", """
                {"article": "2.1", "from": "%s", "to": "TH/RTP", "reciprocal": true,
                 "categories": ["DRUG_TRAFFICKING_INFORMATION"], "purposes": ["INVESTIGATION"], "handling": "AMBER",
                 "retentionDays": 730}""".formatted(agency));
        return id;
    }

    private String hitOnTheAlert() throws Exception {
        // each traveller a different document: a repeat screening of the same one reuses its open hit
        var result = send("/api/v1/screenings", "OFFICER", "{\"name\": \"" + NAME + "\", \"document\": \"M"
                + TRAVELLERS.incrementAndGet() + "\"}");
        for (var match : result.path("matches")) {
            if (match.path("alert").asString().equals(alert)) {
                return match.path("hit").asString();
            }
        }
        throw new IllegalStateException("screening " + NAME + " found no hit on alert " + alert + ": " + result);
    }

    private JsonNode send(String path, String role, String json) throws Exception {
        var response = mvc.perform(post(path).with(csrf()).with(as(role))
                .contentType(MediaType.APPLICATION_JSON).content(json)).andReturn().getResponse();
        if (response.getStatus() >= 300) {
            throw new IllegalStateException("setting up " + path + " answered " + response.getStatus() + ": "
                    + response.getContentAsString());
        }
        return JSON.readTree(response.getContentAsString());
    }

    private org.springframework.test.web.servlet.request.RequestPostProcessor as(String role) {
        return authentication(OfficerContext.authentication("matrix." + role.toLowerCase(), agency, role));
    }

    private static String text(JsonNode node, String field) {
        var value = node.path(field);
        if (value.isMissingNode() || value.isNull()) {
            throw new IllegalStateException("no " + field + " in " + node);
        }
        return value.isObject() ? value.path("value").asString() : value.asString();
    }
}
