package org.liaison.shared;

import java.net.URI;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;

/** Builds every RFC 9457 problem the node answers with: one type URI scheme, the instance and the request id. */
public final class Problems {

    private static final String TYPES = "https://liaison.example/problems/";

    private Problems() {
    }

    /** The type URI of a problem kind ({@code forbidden}, {@code invalid-input}, …). */
    public static URI type(String kind) {
        return URI.create(TYPES + kind);
    }

    public static ProblemDetail of(HttpStatus status, String type, String detail, String instance) {
        var problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setType(type(type));
        problem.setInstance(URI.create(instance));
        var requestId = RequestIds.current();
        if (requestId != null) {
            problem.setProperty("requestId", requestId);
        }
        return problem;
    }
}
