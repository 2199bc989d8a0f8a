package org.liaison.web;

import java.util.Locale;

import org.liaison.identity.OfficerAccounts;
import org.liaison.identity.OfficerPrincipal;
import org.liaison.identity.Reach;
import org.liaison.node.ThisNode;
import org.liaison.shared.Permissions;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** Puts what the shell shows on every page into the model: this node, the officer, the languages. */
@ControllerAdvice
class Shell {

    private final ThisNode node;
    private final OfficerAccounts accounts;

    Shell(ThisNode node, OfficerAccounts accounts) {
        this.node = node;
        this.accounts = accounts;
    }

    @ModelAttribute("node")
    ThisNode node() {
        return node;
    }

    /**
     * The officer once both factors are given: before that the page shows no navigation, name or Sign out, only
     * the step's own Cancel, so half a login reveals nothing of the node.
     */
    @ModelAttribute("officer")
    @org.jspecify.annotations.Nullable OfficerPrincipal officer() {
        return Reach.current() instanceof Reach.Officer ? accounts.current().orElse(null) : null;
    }

    /** Whether the officer's roles screen travellers: the menu and the screening tabs link only where they may go. */
    @ModelAttribute("mayScreen")
    boolean mayScreen() {
        return Reach.current().allows(Permissions.SCREENS);
    }

    /** Whether the officer's roles work with cases: the menu links to them only then. */
    @ModelAttribute("mayWorkCases")
    boolean mayWorkCases() {
        return Reach.current().allows(Permissions.WORKS_CASES);
    }

    @ModelAttribute("languages")
    java.util.List<Locale> languages() {
        return Languages.SUPPORTED;
    }
}
