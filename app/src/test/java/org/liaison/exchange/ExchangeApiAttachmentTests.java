package org.liaison.exchange;

import static org.awaitility.Awaitility.await;
import static org.liaison.exchange.TwoNodes.inboxRows;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.Duration;

import org.hamcrest.Matchers;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.liaison.identity.Role;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder;
import tools.jackson.databind.json.JsonMapper;

/**
 * Messages with files through the REST API of two real nodes: a multipart send on KH-1, the download of the
 * delivered file on LA-1, and the checks on size and type, each refused with a problem.
 */
class ExchangeApiAttachmentTests {

    private static final byte[] PDF = "%PDF-1.7\n1 0 obj << >> endobj\n%%EOF".getBytes(StandardCharsets.US_ASCII);

    static FederationNode kh;
    static FederationNode la;

    @BeforeAll
    static void nodes() {
        kh = TwoNodes.kh();
        la = TwoNodes.la();
    }

    @Test
    void aPdfSentThroughTheApiIsDownloadedOnTheReceivingNodeWithItsHash() throws Exception {
        var sent = kh.mvc().perform(send(file("statement.pdf", "application/pdf", PDF)))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        var id = MessageId.parse(JsonMapper.builder().build().readTree(sent).path("id").asString());
        await().atMost(Duration.ofSeconds(20)).until(() -> inboxRows(la, id) == 1);

        var laOfficer = authentication(Officers.officer("la.officer", "LA/MPS", Role.OFFICER));
        la.mvc().perform(get("/api/v1/messages/{id}/attachments/1", id).with(laOfficer))
                .andExpect(status().isOk())
                .andExpect(content().contentType("application/pdf"))
                .andExpect(content().bytes(PDF))
                .andExpect(header().string("X-Liaison-SHA256", Attachment.sha256(PDF)))
                .andExpect(header().string("Content-Disposition", Matchers.containsString("statement.pdf")));
        la.mvc().perform(get("/api/v1/messages/{id}/attachments/2", id).with(laOfficer))
                .andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
    }

    @Test
    void refusesAFileWhoseContentIsNotItsDeclaredType() throws Exception {
        var executable = new byte[] { 'M', 'Z', (byte) 0x90, 0, 3, 0 };
        kh.mvc().perform(send(file("photo.jpg", "image/jpeg", executable)))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.detail").value(Matchers.containsString("not image/jpeg")));
    }

    @Test
    void refusesATypeThatIsNotAcceptedAndAnEmptyFile() throws Exception {
        kh.mvc().perform(send(file("run.sh", "application/x-sh", "echo".getBytes(StandardCharsets.US_ASCII))))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value(Matchers.containsString("is not accepted")));
        kh.mvc().perform(send(file("empty.txt", "text/plain", new byte[0])))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value(Matchers.containsString("empty.txt is empty")));
    }

    @Test
    void refusesAFileOverFiveMebibytes() throws Exception {
        var big = new byte[Attachment.MAX_BYTES + 1];
        System.arraycopy(PDF, 0, big, 0, PDF.length);
        kh.mvc().perform(send(file("big.pdf", "application/pdf", big)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value(Matchers.containsString("larger than 5 MiB")));
    }

    private static MockMultipartHttpServletRequestBuilder send(MockMultipartFile file) {
        var json = """
                {"recipient": "LA/MPS", "kind": "NOTIFICATION", "category": "DRUG_SEIZURE_REPORT", "purpose": "INVESTIGATION",
                 "payload": {"subject": "Seizure statement", "body": "Signed statement attached"}}""";
        var message = new MockMultipartFile("message", "", MediaType.APPLICATION_JSON_VALUE, json.getBytes(StandardCharsets.UTF_8));
        var request = multipart("/api/v1/messages").file(message).file(file);
        request.with(csrf()).with(authentication(Officers.officer("kh.border", "KH/MOI", Role.BORDER_OFFICER)));
        return request;
    }

    private static MockMultipartFile file(String name, String type, byte[] content) {
        return new MockMultipartFile("files", name, type, content);
    }
}
