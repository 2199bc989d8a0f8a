package org.liaison.audit.cli;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;

import org.liaison.audit.AuditWitness;
import org.liaison.audit.WitnessRecord;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads a partner's witness record for {@link VerifyCommand}: from a file its administrator exported, or fetched
 * from the partner over the federation ({@code GET <base-url>/federation/v1/witness/<node>}; behind mutual TLS,
 * give the JVM the trust and key stores as usual).
 */
final class WitnessSources {

    static final String PATH = "/federation/v1/witness/";
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private WitnessSources() {
    }

    static WitnessRecord load(String source, String nodeId) throws IOException {
        if (!source.startsWith("http://") && !source.startsWith("https://")) {
            return read(Files.readString(Path.of(source)), source, nodeId);
        }
        var record = read(fetch(source, nodeId, 0), source, nodeId);
        var heads = new ArrayList<>(record.heads());
        while (record.heads().size() >= AuditWitness.MAX_RECORD) {
            record = read(fetch(source, nodeId, heads.getLast().seq()), source, nodeId);
            heads.addAll(record.heads());
        }
        return new WitnessRecord(record.v(), record.witness(), record.origin(), record.keys(), heads, record.issuedAt());
    }

    private static WitnessRecord read(String text, String source, String nodeId) {
        WitnessRecord record;
        try {
            record = JSON.readValue(text, WitnessRecord.class);
        } catch (JacksonException e) {
            throw new IllegalArgumentException(source + " is not a witness record: " + e.getOriginalMessage(), e);
        }
        if (record == null || record.v() != WitnessRecord.VERSION || record.heads() == null || record.keys() == null) {
            throw new IllegalArgumentException(source + " is not a witness record of version " + WitnessRecord.VERSION);
        }
        if (!nodeId.equals(record.origin())) {
            throw new IllegalArgumentException(source + " witnesses " + record.origin() + ", not " + nodeId);
        }
        return record;
    }

    private static String fetch(String baseUrl, String nodeId, long afterSeq) throws IOException {
        var uri = URI.create(baseUrl.replaceAll("/+$", "") + PATH + nodeId + "?after=" + afterSeq);
        try (var client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build()) {
            var response = client.send(HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(30)).GET().build(),
                    HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                throw new IOException(uri + " answered HTTP " + response.statusCode());
            }
            return response.body();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while fetching " + uri, e);
        }
    }
}
