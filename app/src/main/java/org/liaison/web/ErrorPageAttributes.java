package org.liaison.web;

import java.util.Map;

import org.liaison.shared.DomainException;
import org.liaison.shared.Refusals;
import org.liaison.shared.RequestIds;
import org.springframework.boot.web.error.ErrorAttributeOptions;
import org.springframework.boot.webmvc.error.DefaultErrorAttributes;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.ServletWebRequest;
import org.springframework.web.context.request.WebRequest;

/**
 * What the error page shows besides its status: the request's reference, which the error dispatch no longer has
 * in its logging context but the response still carries, and the refusal in the officer's language where the code
 * that refused named one.
 */
@Component
class ErrorPageAttributes extends DefaultErrorAttributes {

    private final MessageSource messages;

    ErrorPageAttributes(MessageSource messages) {
        this.messages = messages;
    }

    @Override
    public Map<String, Object> getErrorAttributes(WebRequest request, ErrorAttributeOptions options) {
        var attributes = super.getErrorAttributes(request, options);
        var id = RequestIds.current();
        if (id == null && request instanceof ServletWebRequest servlet && servlet.getResponse() != null) {
            id = servlet.getResponse().getHeader(RequestIds.HEADER);
        }
        if (id != null) {
            attributes.put("requestId", id);
        }
        if (request.getAttribute(Refusals.ON_ERROR_PAGE, WebRequest.SCOPE_REQUEST) instanceof DomainException refusal) {
            attributes.put("refusal", Refusals.say(messages, refusal, LocaleContextHolder.getLocale()));
        }
        return attributes;
    }
}
