package org.liaison.node.idempotency;

import java.io.IOException;
import java.util.Optional;
import java.util.Set;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.liaison.shared.Actor;
import org.liaison.shared.RequestIds;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;
import tools.jackson.databind.json.JsonMapper;

/**
 * Answers a retried API request that carries the {@code Idempotency-Key} of an earlier, successful one with that
 * request's answer (status, type, {@code Location}, body), without doing it again (ADR 0014). One mechanism for
 * every creating endpoint: the whole request runs in one transaction, which the facades' transactions join, and
 * the key is claimed first and answered last in it. So the key commits exactly when the change does; a concurrent
 * retry waits for the first attempt to end; a failed attempt (4xx, 5xx, exception) rolls back and frees the key;
 * and the client reads the answer only after it is committed, so "connection aborted" means: retry, safely.
 */
@Component
@Order(IdempotencyFilter.ORDER)
class IdempotencyFilter extends OncePerRequestFilter {

    static final String HEADER = "Idempotency-Key";
    /** Tells a client the answer is the stored one of its first attempt, as several public APIs do. */
    static final String REPLAYED = "Idempotent-Replayed";
    /** After Spring Security's filter chain (order -100), which says whose request it is. */
    static final int ORDER = 0;
    private static final Set<String> UNSAFE = Set.of("POST", "PUT", "PATCH", "DELETE");

    private final IdempotencyKeys keys;
    private final TransactionTemplate transaction;
    private final JsonMapper json;

    IdempotencyFilter(IdempotencyKeys keys, TransactionTemplate transaction, JsonMapper json) {
        this.keys = keys;
        this.transaction = transaction;
        this.json = json;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return request.getHeader(HEADER) == null || !UNSAFE.contains(request.getMethod())
                || !request.getRequestURI().startsWith("/api/");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        RequestFingerprint.Taken taken;
        IdempotencyKey key;
        try {
            key = IdempotencyKey.parse(String.valueOf(request.getHeader(HEADER)));
            taken = RequestFingerprint.take(request);
        } catch (KeyRefused refused) {
            refuse(refused, request, response);
            return;
        } catch (IllegalStateException | ServletException unreadable) {
            // A multipart body over the limits: the handler refuses it the usual way, and nothing is stored.
            chain.doFilter(request, response);
            return;
        }
        var buffered = new ContentCachingResponseWrapper(response);
        try {
            var replay = once(Actor.currentName(), key, taken, buffered, chain);
            if (replay.isPresent()) {
                replay(replay.get(), response);
            } else {
                buffered.copyBodyToResponse();
            }
        } catch (KeyRefused refused) {
            refuse(refused, request, response);
        } catch (RuntimeException failed) {
            if (!response.isCommitted()) {
                buffered.reset(); // nothing of an answer whose transaction did not commit goes out
            }
            throw failed;
        }
    }

    /** Runs the request in a transaction that holds its key; the answer of an earlier attempt if there was one. */
    private Optional<StoredAnswer> once(String scope, IdempotencyKey key, RequestFingerprint.Taken taken,
                                        ContentCachingResponseWrapper response, FilterChain chain)
            throws IOException, ServletException {
        try {
            return java.util.Objects.requireNonNull(transaction.execute(status -> {
                if (!keys.claim(scope, key, taken.hash())) {
                    var earlier = keys.find(scope, key).orElseThrow(KeyRefused::inUse);
                    if (!earlier.requestHash().equals(taken.hash())) {
                        throw KeyRefused.reused();
                    }
                    return Optional.of(earlier);
                }
                proceed(chain, taken.request(), response);
                if (response.getStatus() >= 400 || status.isRollbackOnly()) {
                    status.setRollbackOnly();
                    return Optional.<StoredAnswer>empty();
                }
                keys.answer(scope, key, new StoredAnswer(taken.hash(), response.getStatus(), response.getContentType(),
                        response.getHeader(HttpHeaders.LOCATION), response.getContentAsByteArray()));
                return Optional.<StoredAnswer>empty();
            }));
        } catch (ChainFailure failure) {
            if (failure.getCause() instanceof IOException io) {
                throw io;
            }
            throw (ServletException) failure.getCause();
        }
    }

    private static void proceed(FilterChain chain, HttpServletRequest request, HttpServletResponse response) {
        try {
            chain.doFilter(request, response);
        } catch (IOException | ServletException e) {
            throw new ChainFailure(e);
        }
    }

    private static void replay(StoredAnswer answer, HttpServletResponse response) throws IOException {
        response.setStatus(answer.status());
        if (answer.contentType() != null) {
            response.setContentType(answer.contentType());
        }
        if (answer.location() != null) {
            response.setHeader(HttpHeaders.LOCATION, answer.location());
        }
        response.setHeader(REPLAYED, "true");
        response.setContentLength(answer.body().length);
        response.getOutputStream().write(answer.body());
    }

    private void refuse(KeyRefused refused, HttpServletRequest request, HttpServletResponse response) throws IOException {
        var problem = refused.problem(request.getRequestURI());
        var requestId = RequestIds.current();
        if (requestId != null) {
            problem.setProperty("requestId", requestId);
        }
        response.setStatus(problem.getStatus());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        json.writeValue(response.getOutputStream(), problem);
    }

    /** Carries a checked exception of the filter chain out of the transaction callback, which rolls back on it. */
    private static final class ChainFailure extends RuntimeException {

        ChainFailure(Exception cause) {
            super(cause);
        }
    }
}
