package org.liaison.committees;

import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.liaison.NodeTest;
import org.liaison.WithOfficer;
import org.liaison.agreements.AgreementId;
import org.liaison.agreements.AgreementRegistry;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

@NodeTest
@WithOfficer(username = "kh.secretary", roles = "COMMITTEE_SECRETARY", agency = "KH/MOI")
class CommitteePagesTests {

    @Autowired Committees committees;
    @Autowired AgreementRegistry registry;
    MockMvc mvc;
    AgreementId agreement;
    Decision decision;
    Commitment overdue;
    String meetingPath;

    @BeforeEach
    void setUp(WebApplicationContext context) {
        mvc = MockMvcBuilders.webAppContextSetup(context).apply(springSecurity()).build();
        var mother = new CommitteeMother(committees, registry);
        agreement = mother.agreement();
        decision = mother.decision(agreement);
        overdue = mother.actionItem(decision, List.of("KH/MOI", "LA/MPS"), LocalDate.of(2024, 3, 1));
        meetingPath = "/committees/" + committees.meeting(decision.meeting()).committee() + "/meetings/" + decision.meeting();
    }

    @Test
    void theListAnswersHtmxFiltersWithTheRowsOnly() throws Exception {
        var name = "Test committee " + agreement;
        mvc.perform(get("/committees")).andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("<html"), containsString(name),
                        containsString("<span lang=\"km\">គណៈកម្មការសាកល្បង</span>"),
                        containsString("hx-target=\"#committee-rows\""), containsString("name=\"party\""),
                        containsString("/committees/new"))));
        mvc.perform(get("/committees").param("q", agreement.value()).param("party", "LA/MPS").header("HX-Request", "true"))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("id=\"committee-rows\""), containsString(name),
                        not(containsString("<html")))));
        mvc.perform(get("/committees").param("party", "VN/MPS").param("q", agreement.value()).header("HX-Request", "true"))
                .andExpect(content().string(allOf(not(containsString(name)), containsString("No committee matches."))));
    }

    @Test
    void theMeetingPageShowsCoChairsInTheirScriptsDecisionsAndTheirActionItems() throws Exception {
        mvc.perform(get(meetingPath)).andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("Sar Kheng"), containsString("<span lang=\"lo\">ວິໄລ ຫຼ້າຄຳຟອງ</span>"),
                        containsString("Expand information exchange"), containsString(overdue.text()),
                        containsString("/committees/decisions/" + decision.id() + "/action-items/new"))));
    }

    @Test
    @WithOfficer(roles = "OFFICER", agency = "KH/SPO")
    void readersSeeTheMeetingWithoutTheFormsThatChangeIt() throws Exception {
        mvc.perform(get(meetingPath)).andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("Expand information exchange"),
                        not(containsString("action-items/new")), not(containsString("/decisions\"")))));
        mvc.perform(get("/committees")).andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("<html"), not(containsString("/committees/new")))));
        mvc.perform(post("/commitments/" + overdue.id() + "/status").with(csrf()).param("status", "DROPPED"))
                .andExpect(status().isForbidden());
    }

    @Test
    void theCommitmentsListFiltersOverdueItemsOfAnOwner() throws Exception {
        mvc.perform(get("/commitments").param("overdue", "true").param("owner", "LA/MPS").header("HX-Request", "true"))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("id=\"commitment-rows\""), containsString(overdue.text()),
                        containsString("badge bad"), not(containsString("<html")))));
        mvc.perform(get("/commitments").param("agreement", "XX-OTHER-2020").header("HX-Request", "true"))
                .andExpect(content().string(allOf(not(containsString(overdue.text())),
                        containsString("<td colspan=\"5\"><p class=\"empty\">No commitment matches.</p></td>"))));
        mvc.perform(get("/commitments").param("overdue", "true").param("owner", "VN/MPS"))
                .andExpect(content().string(allOf(containsString("<html"), not(containsString(overdue.text())),
                        containsString("hx-target=\"#commitment-rows\""), containsString("/commitments/new"))));
    }

    @Test
    void theHomePageWarnsAboutTheAgencysOverdueItems() throws Exception {
        mvc.perform(get("/")).andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("Overdue commitments of your agency"),
                        containsString("/commitments/" + overdue.id()))));
    }

    @Test
    void formsComeBackWithErrorsBesideTheFieldsInsteadOfAStackTrace() throws Exception {
        mvc.perform(post("/committees/new").with(csrf()).param("kind", "BORDER").param("name", " ")
                        .param("parties", "KH/MOI, la-mps"))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("class=\"error\""), containsString("Required."),
                        containsString("A party is a country code (KH) or an agency id (KH/MOI)."))));
        mvc.perform(post("/committees/decisions/" + decision.id() + "/action-items/new").with(csrf())
                        .param("text", "Do it").param("area", "SECURITY").param("owners", "nobody").param("dueOn", "2026-02-28"))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("An owner is an agency id"), containsString("class=\"error\""))));
        mvc.perform(post("/committees/decisions/" + decision.id() + "/action-items/new").with(csrf())
                        .param("text", "Do it").param("area", "SECURITY").param("owners", "KH/MOI").param("dueOn", "2026-02-30"))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("id=\"dueOn\""), containsString("class=\"error\""))));
        mvc.perform(post(meetingPath.replaceAll("/meetings/.*", "/meetings/new")).with(csrf())
                        .param("startsOn", "2025-05-02").param("endsOn", "2025-05-01").param("place", "Hanoi")
                        .param("form", "VIRTUAL").param("delegation", "KH/MOI; Heng Dara\nno semicolons here"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Lines [2] are not")));
        mvc.perform(post(meetingPath.replaceAll("/meetings/.*", "/meetings/new")).with(csrf())
                        .param("startsOn", "2025-05-02").param("endsOn", "2025-05-01").param("place", "Hanoi").param("form", "VIRTUAL"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("The meeting cannot end before it starts.")));
        mvc.perform(post(meetingPath.replaceAll("/meetings/.*", "/meetings/new")).with(csrf()).locale(java.util.Locale.forLanguageTag("km"))
                        .param("startsOn", "2025-05-02").param("endsOn", "2025-05-01").param("place", "Hanoi").param("form", "VIRTUAL"))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("កិច្ចប្រជុំមិនអាចបញ្ចប់មុនពេលចាប់ផ្ដើមបានទេ"),
                        not(containsString("cannot end")))));
    }

    @Test
    void evidenceIsUploadedCheckedAndDownloadedWithItsHash() throws Exception {
        var good = new MockMultipartFile("file", "minutes.txt", "text/plain", "Minutes of the joint patrol".getBytes());
        mvc.perform(multipart("/commitments/" + overdue.id() + "/progress").file(good).with(csrf())
                        .param("note", "Patrol held").param("status", "IN_PROGRESS"))
                .andExpect(status().is3xxRedirection());
        // the request's filters cleared the test's security context; the facade reads only for someone signed in
        var update = CommitteeMother.asAdmin(() -> committees.progress(overdue.id())).getFirst();
        mvc.perform(get("/commitments/" + overdue.id() + "/evidence/" + update.id()))
                .andExpect(status().isOk()).andExpect(header().string("Content-Type", startsWith("text/plain")))
                .andExpect(header().string("X-Content-SHA256", update.evidence().sha256()))
                .andExpect(header().string("Content-Disposition", containsString("attachment")));
        var bad = new MockMultipartFile("file", "photo.png", "image/png", new byte[] { 'M', 'Z', 0, 1 });
        mvc.perform(multipart("/commitments/" + overdue.id() + "/progress").file(bad).with(csrf()).param("note", "Photo"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("the evidence file must be a PDF, PNG, JPEG or UTF-8 plain text file")));
    }

    @Test
    void theReviewIsAPageAndAPdf() throws Exception {
        var committee = committees.meeting(decision.meeting()).committee();
        mvc.perform(get("/committees/" + committee + "/review/2024")).andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("Implementation review 2024"), containsString(overdue.text()),
                        containsString("id=\"count-late\">1<"))));
        mvc.perform(get("/agreements/" + agreement + "/review/2024.pdf")).andExpect(status().isOk())
                .andExpect(header().string("Content-Type", "application/pdf"))
                .andExpect(content().string(startsWith("%PDF-")));
    }

    @Test
    void theApiAnswersProblemsAsJson() throws Exception {
        mvc.perform(get("/api/v1/commitments/not-a-uuid")).andExpect(status().isBadRequest())
                .andExpect(header().string("Content-Type", startsWith("application/problem+json")));
        mvc.perform(post("/api/v1/commitments").with(csrf()).contentType("application/json")
                        .content("{\"text\":\"\",\"area\":\"SECURITY\",\"owners\":[\"KH/MOI\"],\"dueOn\":\"2026-01-01\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(header().string("Content-Type", startsWith("application/problem+json")));
        CommitteeMother.asAdmin(() -> committees.changeStatus(overdue.id(), CommitmentStatus.DONE, ""));
        mvc.perform(post("/api/v1/commitments/" + overdue.id() + "/status").with(csrf()).contentType("application/json")
                        .content("{\"status\":\"OPEN\"}"))
                .andExpect(status().isConflict())
                .andExpect(content().string(containsString("cannot become OPEN")));
        mvc.perform(get("/api/v1/commitments").param("owner", "LA/MPS").param("status", "DONE"))
                .andExpect(status().isOk()).andExpect(content().string(containsString(overdue.id().toString())));
    }

    @Test
    void theApiRecordsAMeetingAndAnActionItem() throws Exception {
        var committee = committees.meeting(decision.meeting()).committee();
        mvc.perform(post("/api/v1/committees/" + committee + "/meetings").with(csrf()).contentType("application/json")
                        .content("""
                                {"sequence": 16, "startsOn": "2026-11-20", "endsOn": "2026-11-21", "place": "Phnom Penh",
                                 "form": "IN_PERSON", "agenda": ["Review"],
                                 "participants": [{"side": "KH/MOI", "name": "Sar Kheng", "coChair": true}]}
                                """))
                .andExpect(status().isCreated()).andExpect(content().string(containsString("\"sequence\":16")));
        mvc.perform(post("/api/v1/committees/decisions/" + decision.id() + "/action-items").with(csrf())
                        .contentType("application/json")
                        .content("{\"text\":\"Share lists\",\"area\":\"PRISONS\",\"owners\":[\"KH/MOI/GDP\"],\"dueOn\":\"2027-01-31\"}"))
                .andExpect(status().isCreated()).andExpect(content().string(containsString("\"status\":\"OPEN\"")));
    }
}
