package org.liaison.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.i18n.LocaleChangeInterceptor;

/** Lets only the supported languages through to the locale change, so {@code ?lang=xx} cannot pick another. */
class SupportedOnly implements HandlerInterceptor {

    private final LocaleChangeInterceptor delegate;

    SupportedOnly(LocaleChangeInterceptor delegate) {
        this.delegate = delegate;
    }

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler)
            throws jakarta.servlet.ServletException {
        var wanted = request.getParameter("lang");
        if (wanted != null && Languages.SUPPORTED.stream().anyMatch(l -> l.getLanguage().equals(wanted))) {
            return delegate.preHandle(request, response, handler);
        }
        return true;
    }
}
