package org.liaison.screening;

import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.liaison.MockMvcs;
import org.liaison.NodeTest;
import org.liaison.OfficerContext;
import org.liaison.WithOfficer;
import org.liaison.directory.AgencyId;
import org.liaison.exchange.ConversationId;
import org.liaison.exchange.MessageId;
import org.liaison.exchange.ReplyReceived;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.context.WebApplicationContext;

@NodeTest
@WithOfficer(username = "kh.officer", roles = { "OFFICER", "BORDER_OFFICER" }, agency = "KH/MOI")
class ScreeningPagesTests {

    @Autowired Screening screening;
    @Autowired ApplicationEventPublisher events;
    @Autowired JdbcClient jdbc;
    @Autowired PlatformTransactionManager transactions;
    MockMvc mvc;

    @BeforeEach
    void setUp(WebApplicationContext context) {
        mvc = MockMvcs.withSecurity(context);
    }

    @Test
    void theCheckpointFormAnswersHtmxWithTheMatchesAndTheirReasons() throws Exception {
        var alert = screening.issue(AlertMother.laoWarrant("ທອງຄຳ ສີລາວົງ"), null);
        mvc.perform(get("/screening")).andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("<html"), containsString("name=\"mrz\""))));

        mvc.perform(post("/screening").with(csrf()).header("HX-Request", "true")
                        .param("name", "Thongkham Silavong").param("nationality", "LA"))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(not(containsString("<html")), containsString(alert.reference()),
                        containsString("romanized from Lao"), containsString("Confirm: same person"))));
    }

    @Test
    void badFieldsStayOnThePageWithTheirMessages() throws Exception {
        mvc.perform(post("/screening").with(csrf()).param("name", "x".repeat(300)).param("dateOfBirth", "12/03/1984"))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("Too long."), containsString("Use yyyy-mm-dd"))));
        mvc.perform(post("/screening").with(csrf()).header("HX-Request", "true").param("mrz", "NOT AN MRZ"))
                .andExpect(status().isOk()).andExpect(content().string(containsString("2 lines of 44")));
    }

    @Test
    void anEmptyFormIsRefusedInTheOfficersLanguage() throws Exception {
        mvc.perform(post("/screening").with(csrf()).header("HX-Request", "true"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Give a name, a document number, a plate or an MRZ")));
        mvc.perform(post("/screening").with(csrf()).header("HX-Request", "true").locale(java.util.Locale.forLanguageTag("km")))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("សូមបញ្ចូលឈ្មោះ"), not(containsString("Give a name")))));
        mvc.perform(post("/screening").with(csrf()).header("HX-Request", "true").locale(java.util.Locale.forLanguageTag("vi"))
                        .param("name", "x").param("threshold", "0.2"))
                .andExpect(status().isOk()).andExpect(content().string(containsString("Chọn ngưỡng")));
    }

    @Test
    void anAlertTheNodeRefusesIsExplainedInTheOfficersLanguage() throws Exception {
        var lao = java.util.Locale.forLanguageTag("lo");
        mvc.perform(post("/screening/alerts").with(csrf()).locale(lao).param("subject", "PERSON").param("noticeType", "WARNING")
                        .param("nameLatin", "Bounsou Keomanivong").param("reason", "Armed").param("action", "Do not approach")
                        .param("validUntil", "2020-01-01"))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("ແຈ້ງເຕືອນນີ້ຈະໝົດອາຍຸແລ້ວ"), not(containsString("expired")))));
        mvc.perform(post("/screening/alerts").with(csrf()).locale(lao).param("subject", "PERSON").param("noticeType", "WARNING")
                        .param("nameLatin", "Bounsou Keomanivong").param("reason", "Armed").param("action", "Do not approach")
                        .param("shareWith", "KH/MOI/GDI"))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("KH/MOI/GDI ຢູ່ໃນໂໜດນີ້"), not(containsString("is on this node")))));
    }

    @Test
    void theScreenShowsTheMainFieldsFirstAndKeepsTimingsFromOfficers() throws Exception {
        screening.issue(AlertMother.person("Viengkham Douangdy"), null);
        mvc.perform(get("/screening")).andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("<details class=\"more\""),
                        containsString("show:#results:top"))));
        mvc.perform(post("/screening").with(csrf()).header("HX-Request", "true").param("name", "Maria Gonzalez"))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("No alert matches"), not(containsString("µs")))));
    }

    @Test
    void anOfficerIssuesAnAlertWithAPhotoAndDecidesAHitInPlace() throws Exception {
        var jpeg = new byte[] { (byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 0, 16, 'J', 'F', 'I', 'F' };
        mvc.perform(multipart("/screening/alerts").file(new MockMultipartFile("photo", "face.jpg", "image/jpeg", jpeg))
                        .with(csrf()).param("subject", "PERSON").param("noticeType", "WARNING")
                        .param("nameLatin", "Bounsou Keomanivong").param("reason", "Armed").param("action", "Do not approach"))
                .andExpect(status().is3xxRedirection()).andExpect(redirectedUrlPattern("/screening/alerts/*"));
        var alert = OfficerContext.as("kh.officer", "KH/MOI", "OFFICER",
                () -> screening.alerts(new AlertFilter(true, null, null, "Bounsou")).getFirst());
        mvc.perform(get("/screening/alerts")).andExpect(status().isOk())
                .andExpect(content().string(containsString("/screening/alerts/new")));
        mvc.perform(get("/screening/alerts/" + alert.id() + "/photo")).andExpect(status().isOk())
                .andExpect(header().string("Content-Type", "image/jpeg"));
        var hit = OfficerContext.as("kh.officer", "KH/MOI", "OFFICER",
                () -> screening.screen(Traveller.named("Bounsou Keomanivong"), null).matches().getFirst().hit());

        mvc.perform(post("/screening/hits/" + hit + "/discard").with(csrf()).header("HX-Request", "true").param("note", ""))
                .andExpect(status().isOk()).andExpect(content().string(containsString("Give a reason.")));
        mvc.perform(post("/screening/hits/" + hit + "/confirm").with(csrf()).header("HX-Request", "true")
                        .param("note", "Held at the counter"))
                .andExpect(status().isOk()).andExpect(content().string(allOf(containsString("Confirmed"),
                        containsString("Our own alert"))));
        mvc.perform(get("/screening/hits/" + hit)).andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("Held at the counter"),
                        containsString("/screening/alerts/" + alert.id() + "/photo"))));
    }

    @Test
    void theHitPageExplainsTheScoreAsATableInTheOfficersLanguage() throws Exception {
        screening.issue(AlertMother.laoWarrant("ທອງຄຳ ສີລາວົງ"), null);
        var hit = screening.screen(AlertMother.traveller("Thongkham Silavong", "1984-03-17", "LA"), null)
                .matches().getFirst().hit();

        mvc.perform(get("/screening/hits/" + hit)).andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("How the score was reached"),
                        containsString("romanized from Lao, similarity"), containsString("Date of birth"),
                        not(containsString("ROMANIZED_FROM_LAO")), not(containsString("dob +")))));
        mvc.perform(get("/screening/hits/" + hit).locale(java.util.Locale.forLanguageTag("lo")))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("ຄະແນນຖືກຄິດໄລ່ແນວໃດ"),
                        not(containsString("How the score was reached")))));
    }

    @Test
    void aHitAnsweredByTheIssuingAgencySaysSoInItsTitleAndInTheList() throws Exception {
        screening.issue(AlertMother.person("Chanthaly Inthavong"), null);
        var hit = screening.screen(Traveller.named("Chanthaly Inthavong"), null).matches().getFirst().hit();
        screening.confirm(hit, "Held at the counter");
        var notification = MessageId.random();
        jdbc.sql("update screening_hit set notification = 'SENT', notification_message = ? where id = ?")
                .params(notification.value(), hit.value()).update();
        mvc.perform(get("/screening/hits/" + hit)).andExpect(status().isOk())
                .andExpect(content().string(containsString("Confirmed match, issuing agency notified")));

        events.publishEvent(new ReplyReceived(MessageId.random(), notification, ConversationId.random(),
                AgencyId.of("LA/MPS")));

        mvc.perform(get("/screening/hits/" + hit)).andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("Answered by the issuing agency: Chanthaly Inthavong"),
                        not(containsString("Possible match")))));
        mvc.perform(get("/screening/hits")).andExpect(status().isOk())
                .andExpect(content().string(containsString(">Answered</span>")));
    }

    @Test
    void aListUploadRedirectsToItsProgressAndABadFileSaysWhy() throws Exception {
        mvc.perform(multipart("/screening/batches").file(new MockMultipartFile("file", "list.csv", "text/csv",
                        "name\nSomeone\n".getBytes())).with(csrf()))
                .andExpect(status().is3xxRedirection()).andExpect(redirectedUrlPattern("/screening/batches/*"));
        mvc.perform(multipart("/screening/batches").file(new MockMultipartFile("file", "list.csv", "text/csv",
                        "first,second\na,b\n".getBytes())).with(csrf()))
                .andExpect(status().is3xxRedirection());
        mvc.perform(get("/screening/batches")).andExpect(status().isOk());
        mvc.perform(get("/screening/statistics")).andExpect(status().isOk())
                .andExpect(content().string(containsString("False-positive rate")));
    }

    @Test
    void aQueuedListShowsItsProgressAndOffersNoResultsUntilDone() {
        // uncommitted, the batch stays invisible to the worker, so it stays queued while the pages are read
        new TransactionTemplate(transactions).executeWithoutResult(tx -> {
            var id = java.util.UUID.randomUUID();
            jdbc.sql("""
                    insert into screening_batch (id, file_name, agency, officer, threshold, total, status, created_at)
                    values (?, 'manifest.csv', 'KH/MOI', 'kh.officer', 0.8, 3, 'QUEUED', now())""").param(id).update();
            try {
                mvc.perform(get("/screening/batches/" + id)).andExpect(status().isOk())
                        .andExpect(content().string(allOf(containsString("Queued"),
                                containsString("once every row is screened"), not(containsString("results.csv")))));
                mvc.perform(get("/screening/batches")).andExpect(status().isOk())
                        .andExpect(content().string(not(containsString(id + "/results.csv"))));
                mvc.perform(get("/screening/batches/" + id + "/results.csv")).andExpect(status().isConflict());
            } catch (Exception e) {
                throw new IllegalStateException(e);
            } finally {
                tx.setRollbackOnly();
            }
        });
    }

    @Test
    void aRefusedUploadSaysWhyInTheOfficersLanguage() throws Exception {
        mvc.perform(multipart("/screening/batches").file(new MockMultipartFile("file", "list.csv", "text/csv",
                        "first,second\na,b\n".getBytes())).with(csrf()).locale(java.util.Locale.forLanguageTag("lo")))
                .andExpect(status().is3xxRedirection())
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash()
                        .attribute("uploadError", containsString("ແຖວທຳອິດຕ້ອງບອກຊື່ຖັນ")));
    }

    @Test
    void theApiScreensAndAnswersBadInputWithProblemJson() throws Exception {
        screening.issue(AlertMother.person("Kongkeo Saysanavong"), null);
        mvc.perform(post("/api/v1/screenings").with(csrf()).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"name\":\"KONGKEO SAYSANAVONG\"}"))
                .andExpect(status().isOk()).andExpect(jsonPath("$.matches[0].reference").exists());
        mvc.perform(post("/api/v1/screenings").with(csrf()).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"name\":\"x\",\"nationality\":\"Laos\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        mvc.perform(post("/api/v1/screenings").with(csrf()).contentType(MediaType.APPLICATION_JSON).content("{\"name\":"))
                .andExpect(status().isBadRequest());
        mvc.perform(post("/api/v1/screenings").with(csrf()).param("threshold", "0.1").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"name\":\"x\"}"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.detail").value(containsString("0.50")));
    }

    @Test
    @WithOfficer(username = "kh.border", roles = "BORDER_OFFICER", agency = "KH/MOI/GDI")
    void aBorderOfficerScreensButCannotIssueAlerts() throws Exception {
        mvc.perform(get("/screening")).andExpect(status().isOk());
        mvc.perform(get("/screening/alerts")).andExpect(status().isOk())
                .andExpect(content().string(not(containsString("/screening/alerts/new"))));
        mvc.perform(post("/api/v1/alerts").with(csrf()).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"subject\":\"PERSON\",\"noticeType\":\"WARNING\",\"nameLatin\":\"A B\",\"reason\":\"r\",\"action\":\"a\"}"))
                .andExpect(status().isForbidden());
    }
}
