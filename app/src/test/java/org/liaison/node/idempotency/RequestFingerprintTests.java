package org.liaison.node.idempotency;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockPart;

/** What counts as the same request for an idempotency key. */
class RequestFingerprintTests {

    @Test
    void theSameJsonBodyHasTheSameFingerprintAndTheHandlerStillReadsIt() throws Exception {
        var first = RequestFingerprint.take(json("/api/v1/messages", "{\"a\":1}"));
        var again = RequestFingerprint.take(json("/api/v1/messages", "{\"a\":1}"));

        assertThat(again.hash()).isEqualTo(first.hash()).hasSize(64);
        assertThat(new String(again.request().getInputStream().readAllBytes(), StandardCharsets.UTF_8)).isEqualTo("{\"a\":1}");
        assertThat(again.request().getReader().readLine()).isEqualTo("{\"a\":1}");
    }

    @Test
    void anotherBodyPathOrQueryIsAnotherRequest() throws Exception {
        var base = RequestFingerprint.take(json("/api/v1/messages", "{\"a\":1}")).hash();

        assertThat(RequestFingerprint.take(json("/api/v1/messages", "{\"a\":2}")).hash()).isNotEqualTo(base);
        assertThat(RequestFingerprint.take(json("/api/v1/alerts", "{\"a\":1}")).hash()).isNotEqualTo(base);
        var query = json("/api/v1/messages", "{\"a\":1}");
        query.setQueryString("threshold=0.9");
        assertThat(RequestFingerprint.take(query).hash()).isNotEqualTo(base);
    }

    @Test
    void aMultipartRetryWithANewBoundaryIsTheSameRequestButAnotherFileIsNot() throws Exception {
        var first = RequestFingerprint.take(multipart("boundary-1", "statement"));
        var retry = RequestFingerprint.take(multipart("boundary-2", "statement"));
        var other = RequestFingerprint.take(multipart("boundary-1", "another statement"));

        assertThat(retry.hash()).isEqualTo(first.hash());
        assertThat(other.hash()).isNotEqualTo(first.hash());
    }

    private static MockHttpServletRequest json(String path, String body) {
        var request = new MockHttpServletRequest("POST", path);
        request.setContentType("application/json");
        request.setContent(body.getBytes(StandardCharsets.UTF_8));
        return request;
    }

    private static MockHttpServletRequest multipart(String boundary, String file) {
        var request = new MockHttpServletRequest("POST", "/api/v1/messages");
        request.setContentType("multipart/form-data; boundary=" + boundary);
        request.addPart(new MockPart("message", "{\"a\":1}".getBytes(StandardCharsets.UTF_8)));
        var part = new MockPart("files", "statement.txt", file.getBytes(StandardCharsets.UTF_8));
        request.addPart(part);
        return request;
    }
}
