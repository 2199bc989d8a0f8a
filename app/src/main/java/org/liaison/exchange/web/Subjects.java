package org.liaison.exchange.web;

import java.util.Locale;
import java.util.regex.Pattern;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * A subject as officers read it. Alert and hit subjects are composed by the sending node with an English prefix
 * and the notice's constant name ("Withdrawn: WANTED_FOR_ARREST …"); messages already stored keep them, so they
 * are translated when shown, not when sent.
 */
@Component
class Subjects {

    private static final Pattern CODE = Pattern.compile("\\b[A-Z]{2,}_[A-Z_]{2,}\\b");

    private final MessageSource messages;

    Subjects(MessageSource messages) {
        this.messages = messages;
    }

    String shown(String subject, Locale locale) {
        var text = prefix(subject, "Withdrawn: ", "exchange.payload.subject.withdrawn", locale);
        text = prefix(text, "Hit on alert ", "exchange.payload.subject.hitOnAlert", locale);
        return CODE.matcher(text).replaceAll(code -> java.util.regex.Matcher.quoteReplacement(code(code.group(), locale)));
    }

    private String prefix(String subject, String english, String key, Locale locale) {
        return subject.startsWith(english)
                ? messages.getMessage(key, null, locale) + " " + subject.substring(english.length()) : subject;
    }

    /** A notice type this node knows reads as its name; another code as lower-case words. */
    private String code(String code, Locale locale) {
        var known = messages.getMessage("exchange.payload.noticeType." + code, null, null, locale);
        return known != null ? known : code.charAt(0) + code.substring(1).toLowerCase(Locale.ROOT).replace('_', ' ');
    }
}
