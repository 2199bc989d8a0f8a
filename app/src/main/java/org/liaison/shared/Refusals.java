package org.liaison.shared;

import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.validation.BindingResult;

/**
 * A refusal said on a page in the officer's language: by its own key where the thrower gave one, otherwise by the
 * page's own key around the English message (which only code that has no key yet still falls back to).
 */
public final class Refusals {

    /** The request attribute under which a refused page request hands its refusal to the error page. */
    public static final String ON_ERROR_PAGE = Refusals.class.getName() + ".refusal";

    private Refusals() {
    }

    /** Adds the refusal to the form's errors. */
    public static void reject(BindingResult result, DomainException refusal, String fallbackKey) {
        refusal.code().ifPresentOrElse(code -> result.reject(code, refusal.arguments(), refusal.getMessage()),
                () -> result.reject(fallbackKey, new Object[] { refusal.getMessage() }, refusal.getMessage()));
    }

    /** The refusal as one sentence, for a flash message or a fragment. */
    public static String say(MessageSource messages, DomainException refusal, Locale locale) {
        return messages.getMessage(refusal.said(), locale);
    }
}
