package org.liaison;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.nio.charset.StandardCharsets;
import java.util.function.Function;

import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;

/**
 * Each action of {@link AuthorizationMatrixTests} as the request an officer's browser or client makes, against
 * the records of {@link MatrixRecords}. Changes are ones that may be repeated (a witness more, a meeting more, a
 * list more, an officer enabled again), except deciding a hit, which takes a fresh hit each time.
 */
enum MatrixRequests {

    READ_AGREEMENT("read the agreement of", r -> get("/api/v1/agreements/{id}", r.agreement)),
    READ_RESTRICTED_AGREEMENT("read the restricted agreement of", r -> get("/api/v1/agreements/{id}", r.restrictedAgreement)),
    CHANGE_AGREEMENT("add a witness to the agreement of", r -> json(post("/api/v1/agreements/{id}/signatories", r.agreement),
            "{\"party\": \"TH/RTP\", \"role\": \"WITNESS\", \"name\": \"Matrix Witness\"}")),
    CHANGE_RESTRICTED_AGREEMENT("add a witness to the restricted agreement of",
            r -> json(post("/api/v1/agreements/{id}/signatories", r.restrictedAgreement),
                    "{\"party\": \"TH/RTP\", \"role\": \"WITNESS\", \"name\": \"Matrix Witness\"}")),
    CONFIRM_CLAUSE_REMOVAL("open the step removing a clause of the agreement of",
            r -> get("/agreements/{id}/clauses/remove", r.agreement).param("article", "2.1")),
    EXPORT_AGREEMENTS("export the agreements list of", r -> get("/agreements/export.xlsx")),
    READ_COMMITTEE("read the committee of", r -> get("/api/v1/committees/{id}", r.committee)),
    CHANGE_COMMITTEE("record a meeting of the committee of", r -> json(post("/api/v1/committees/{id}/meetings", r.committee),
            "{\"startsOn\": \"2026-03-02\", \"place\": \"Phnom Penh\", \"form\": \"IN_PERSON\"}")),
    READ_MESSAGE("read the message to LA/MPS of", r -> get("/api/v1/messages/{id}", r.message)),
    SEND_MESSAGE("send (from their own agency) a message to LA/MPS, as may", r -> json(post("/api/v1/messages"), """
            {"recipient": "LA/MPS", "kind": "NOTIFICATION", "category": "DRUG_TRAFFICKING_INFORMATION",
             "purpose": "INVESTIGATION", "payload": {"subject": "Matrix", "body": "Convoy seen at dusk"}}""")),
    READ_ALERT("read the alert of", r -> get("/api/v1/alerts/{id}", r.alert)),
    READ_HIT("read the hit of", r -> get("/screening/hits/{id}", r.hit)),
    DECIDE_HIT("decide a hit of", r -> json(post("/api/v1/hits/{id}/discarding", r.undecidedHit()),
            "{\"note\": \"someone else: other date of birth\"}")),
    READ_LIST("read the screening list of", r -> get("/api/v1/screening-batches/{id}", r.batch)),
    UPLOAD_LIST("upload (for their own agency) a screening list, as may", r -> upload()),
    READ_USERS("open the officers page, as may", r -> get("/admin/users")),
    CHANGE_USER("enable an officer of", r -> post("/admin/users/{id}/enable", r.officer)),
    READ_AUDIT("read the audit trail, as may", r -> get("/audit")),
    READ_CASE("read the case of", r -> get("/api/v1/cases/{id}", r.crimeCase)),
    CHANGE_CASE("link a vehicle to the case of", r -> json(post("/api/v1/cases/{id}/vehicles", r.crimeCase),
            "{\"kind\": \"TRUCK\", \"plate\": \"MX 0001\", \"country\": \"KH\"}")),
    READ_PRISONER("read the record of a prisoner held by", r -> get("/api/v1/prisoners/{id}", r.prisoner)),
    READ_TRANSFER("read the transfer case of a prisoner held by", r -> get("/api/v1/prisoners/transfers/{id}", r.transfer)),
    READ_PARTNER_TRANSFER("read a partner's transfer sent to", r -> get("/api/v1/prisoners/partner-transfers/{id}",
            r.partnerTransfer)),
    READ_ASSISTANCE("read the legal assistance request received by", r -> get("/api/v1/assistance/{id}", r.assistanceRequest)),
    CHANGE_ASSISTANCE("name the investigators on the legal assistance request received by",
            r -> json(post("/api/v1/assistance/{id}/investigators", r.assistanceRequest), "{\"investigators\": []}")),
    READ_PASS("read the border pass of", r -> get("/api/v1/border/passes/{id}", r.pass)),
    VERIFY_PASS("verify a border pass for", r -> json(post("/api/v1/border/passes/verify"),
            "{\"token\": \"LP1:ABC\", \"checkpoint\": 1}"));

    final String phrase;
    private final Function<MatrixRecords, AbstractMockHttpServletRequestBuilder<?>> request;

    MatrixRequests(String phrase, Function<MatrixRecords, AbstractMockHttpServletRequestBuilder<?>> request) {
        this.phrase = phrase;
        this.request = request;
    }

    AbstractMockHttpServletRequestBuilder<?> against(MatrixRecords records) {
        return request.apply(records).with(csrf());
    }

    /** Under /api a refusal or a missing sign-in is answered as problem+json; elsewhere as a page or a redirect. */
    boolean api() {
        return this != READ_HIT && this != CONFIRM_CLAUSE_REMOVAL && this != EXPORT_AGREEMENTS && this != READ_USERS && this != CHANGE_USER && this != READ_AUDIT;
    }

    static AbstractMockHttpServletRequestBuilder<?> upload() {
        var file = new MockMultipartFile("file", "manifest.csv", "text/csv",
                "name\nNobody Matches Thisname\n".getBytes(StandardCharsets.UTF_8));
        return multipart("/api/v1/screening-batches").file(file);
    }

    private static AbstractMockHttpServletRequestBuilder<?> json(AbstractMockHttpServletRequestBuilder<?> request, String body) {
        return request.contentType(MediaType.APPLICATION_JSON).content(body);
    }
}
