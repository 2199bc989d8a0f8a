package org.liaison.shared;

import java.net.URI;
import java.util.stream.Collectors;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.ConstraintViolationException;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.validation.BindException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.ModelAndView;

/**
 * Maps domain and validation errors once: problem+json for machines (under {@code /api} and the node-to-node
 * {@code /federation}), a friendly error page elsewhere.
 * Nothing is swallowed; unexpected exceptions go on to Spring's own handling and are logged there.
 */
@ControllerAdvice
@org.springframework.core.annotation.Order(org.springframework.core.Ordered.HIGHEST_PRECEDENCE)
class ProblemResponses {

    private final ApplicationEventPublisher events;

    ProblemResponses(ApplicationEventPublisher events) {
        this.events = events;
    }

    @ExceptionHandler(DomainException.class)
    Object domain(DomainException e, HttpServletRequest request, HttpServletResponse response) {
        if (e instanceof Forbidden || e instanceof NotFound) {
            events.publishEvent(new RequestRefused(request.getMethod() + " " + request.getRequestURI(),
                    e.status().value(), String.valueOf(e.getMessage())));
        }
        return respond(request, response, e.toProblem());
    }

    @ExceptionHandler(BindException.class)
    Object binding(BindException e, HttpServletRequest request, HttpServletResponse response) {
        var detail = e.getFieldErrors().stream()
                .map(error -> error.getField() + ": " + error.getDefaultMessage())
                .sorted()
                .collect(Collectors.joining("; "));
        return respond(request, response, invalid(detail.isEmpty() ? "the request is invalid" : detail));
    }

    @ExceptionHandler(org.springframework.web.method.annotation.HandlerMethodValidationException.class)
    Object methodValidation(org.springframework.web.method.annotation.HandlerMethodValidationException e,
                            HttpServletRequest request, HttpServletResponse response) {
        var detail = e.getAllErrors().stream().map(error -> error.getDefaultMessage()).sorted()
                .collect(Collectors.joining("; "));
        return respond(request, response, invalid(detail.isEmpty() ? "the request is invalid" : detail));
    }

    @ExceptionHandler(ConstraintViolationException.class)
    Object constraints(ConstraintViolationException e, HttpServletRequest request, HttpServletResponse response) {
        var detail = e.getConstraintViolations().stream()
                .map(v -> v.getPropertyPath() + ": " + v.getMessage())
                .sorted()
                .collect(Collectors.joining("; "));
        return respond(request, response, invalid(detail));
    }

    @ExceptionHandler(AccessDeniedException.class)
    Object denied(AccessDeniedException e, HttpServletRequest request, HttpServletResponse response) {
        var problem = ProblemDetail.forStatusAndDetail(HttpStatus.FORBIDDEN, "your role or agency does not allow this");
        problem.setType(Problems.type("forbidden"));
        return respond(request, response, problem);
    }

    private static ProblemDetail invalid(String detail) {
        var problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, detail);
        problem.setType(Problems.type("invalid-input"));
        problem.setTitle("Invalid input");
        return problem;
    }

    private static Object respond(HttpServletRequest request, HttpServletResponse response, ProblemDetail problem) {
        var requestId = RequestIds.current();
        if (requestId != null) {
            problem.setProperty("requestId", requestId);
        }
        problem.setInstance(URI.create(request.getRequestURI()));
        if (request.getRequestURI().startsWith("/api/") || request.getRequestURI().startsWith("/federation/")) {
            return org.springframework.http.ResponseEntity.status(problem.getStatus())
                    .contentType(org.springframework.http.MediaType.APPLICATION_PROBLEM_JSON)
                    .body(problem);
        }
        response.setStatus(problem.getStatus());
        var page = new ModelAndView("error");
        page.setStatus(HttpStatus.valueOf(problem.getStatus()));
        page.addObject("status", problem.getStatus());
        page.addObject("detail", problem.getDetail());
        page.addObject("requestId", requestId);
        return page;
    }
}
