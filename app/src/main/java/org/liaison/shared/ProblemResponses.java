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
 * Maps domain, validation and request errors once: problem+json for machines (under {@code /api}, the node-to-node
 * {@code /federation}, or asking for JSON), and for browsers the status alone, which the container's error
 * dispatch turns into the translated error page with the shell around it (the detail is English and for logs).
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
    Object domain(DomainException e, HttpServletRequest request, HttpServletResponse response)
            throws java.io.IOException {
        if (e instanceof Forbidden || e instanceof NotFound) {
            events.publishEvent(new RequestRefused(request.getMethod() + " " + request.getRequestURI(),
                    e.status().value(), String.valueOf(e.getMessage())));
        }
        if (e.code().isPresent()) {
            request.setAttribute(Refusals.ON_ERROR_PAGE, e);
        }
        return respond(request, response, e.toProblem());
    }

    @ExceptionHandler(BindException.class)
    Object binding(BindException e, HttpServletRequest request, HttpServletResponse response)
            throws java.io.IOException {
        var detail = e.getFieldErrors().stream()
                .map(error -> error.getField() + ": " + error.getDefaultMessage())
                .sorted()
                .collect(Collectors.joining("; "));
        return respond(request, response, invalid(detail.isEmpty() ? "the request is invalid" : detail));
    }

    @ExceptionHandler(org.springframework.web.method.annotation.HandlerMethodValidationException.class)
    Object methodValidation(org.springframework.web.method.annotation.HandlerMethodValidationException e,
                            HttpServletRequest request, HttpServletResponse response)
            throws java.io.IOException {
        var detail = e.getAllErrors().stream().map(error -> error.getDefaultMessage()).sorted()
                .collect(Collectors.joining("; "));
        return respond(request, response, invalid(detail.isEmpty() ? "the request is invalid" : detail));
    }

    @ExceptionHandler(ConstraintViolationException.class)
    Object constraints(ConstraintViolationException e, HttpServletRequest request, HttpServletResponse response)
            throws java.io.IOException {
        var detail = e.getConstraintViolations().stream()
                .map(v -> v.getPropertyPath() + ": " + v.getMessage())
                .sorted()
                .collect(Collectors.joining("; "));
        return respond(request, response, invalid(detail));
    }

    @ExceptionHandler(AccessDeniedException.class)
    Object denied(AccessDeniedException e, HttpServletRequest request, HttpServletResponse response)
            throws java.io.IOException {
        var problem = ProblemDetail.forStatusAndDetail(HttpStatus.FORBIDDEN, "your role or agency does not allow this");
        problem.setType(Problems.type("forbidden"));
        return respond(request, response, problem);
    }

    /** Spring MVC's own refusals (no such page, wrong method, upload too large, …) carry their status. */
    @ExceptionHandler({ org.springframework.web.servlet.resource.NoResourceFoundException.class,
            org.springframework.web.HttpRequestMethodNotSupportedException.class,
            org.springframework.web.HttpMediaTypeNotSupportedException.class,
            org.springframework.web.bind.MissingServletRequestParameterException.class,
            org.springframework.web.multipart.MaxUploadSizeExceededException.class,
            org.springframework.web.server.ResponseStatusException.class })
    Object mvc(Exception e, HttpServletRequest request, HttpServletResponse response)
            throws java.io.IOException {
        var problem = ((org.springframework.web.ErrorResponse) e).getBody();
        if (e instanceof org.springframework.web.HttpRequestMethodNotSupportedException unsupported
                && unsupported.getSupportedHttpMethods() != null) {
            response.setHeader("Allow", unsupported.getSupportedHttpMethods().stream().map(Object::toString)
                    .collect(Collectors.joining(", ")));
        }
        return respond(request, response, problem);
    }

    @ExceptionHandler(org.springframework.beans.TypeMismatchException.class)
    Object mismatch(org.springframework.beans.TypeMismatchException e, HttpServletRequest request,
                    HttpServletResponse response)
            throws java.io.IOException {
        return respond(request, response, invalid("the value of " + e.getPropertyName() + " is not valid"));
    }

    private static ProblemDetail invalid(String detail) {
        var problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, detail);
        problem.setType(Problems.type("invalid-input"));
        problem.setTitle("Invalid input");
        return problem;
    }

    private static Object respond(HttpServletRequest request, HttpServletResponse response, ProblemDetail problem)
            throws java.io.IOException {
        var requestId = RequestIds.current();
        if (requestId != null) {
            problem.setProperty("requestId", requestId);
        }
        problem.setInstance(URI.create(request.getRequestURI()));
        if (forMachines(request)) {
            return org.springframework.http.ResponseEntity.status(problem.getStatus())
                    .contentType(org.springframework.http.MediaType.APPLICATION_PROBLEM_JSON)
                    .body(problem);
        }
        response.sendError(problem.getStatus());
        return new ModelAndView();
    }

    /** API and federation paths, and any client that asks for JSON rather than a page. */
    static boolean forMachines(HttpServletRequest request) {
        var path = request.getRequestURI();
        var accept = String.valueOf(request.getHeader("Accept"));
        return path.startsWith("/api/") || path.startsWith("/federation/")
                || accept.contains("json") && !accept.contains("text/html");
    }
}
