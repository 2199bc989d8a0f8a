package org.liaison.web;

import java.util.Locale;

import org.liaison.identity.OfficerPrincipal;
import org.liaison.node.ThisNode;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** Puts what the shell shows on every page into the model: this node, the officer, the languages. */
@ControllerAdvice
class Shell {

    private final ThisNode node;

    Shell(ThisNode node) {
        this.node = node;
    }

    @ModelAttribute("node")
    ThisNode node() {
        return node;
    }

    @ModelAttribute("officer")
    @org.jspecify.annotations.Nullable OfficerPrincipal officer() {
        var authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication != null && authentication.getPrincipal() instanceof OfficerPrincipal officer ? officer : null;
    }

    @ModelAttribute("languages")
    java.util.List<Locale> languages() {
        return Languages.SUPPORTED;
    }
}
