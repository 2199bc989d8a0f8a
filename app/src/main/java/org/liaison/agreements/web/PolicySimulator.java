package org.liaison.agreements.web;

import java.time.DateTimeException;
import java.time.LocalDateTime;
import java.time.ZoneId;

import org.jspecify.annotations.Nullable;
import org.liaison.agreements.AgreementRegistry;
import org.liaison.agreements.DataCategory;
import org.liaison.agreements.PolicyAnswer;
import org.liaison.agreements.PolicyQuery;
import org.liaison.agreements.Purpose;
import org.liaison.directory.AgencyId;
import org.liaison.directory.Directory;
import org.liaison.shared.Forbidden;
import org.liaison.shared.InvalidInput;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The policy simulator: an officer asks what the exchange would ask for a message their agency sends, and sees
 * the decision with the clause that allows it or the reason it is refused, told as {@link PolicyAnswer} (no
 * restricted agreement the officer may not see is named). Reading only; nothing is sent.
 */
@Controller
@RequestMapping("/agreements/policy")
class PolicySimulator {

    private final AgreementRegistry registry;
    private final Directory directory;

    PolicySimulator(AgreementRegistry registry, Directory directory) {
        this.registry = registry;
        this.directory = directory;
    }

    @GetMapping
    String simulate(@RequestParam(required = false) @Nullable String sender,
                    @RequestParam(required = false) @Nullable String recipient,
                    @RequestParam(required = false) @Nullable DataCategory category,
                    @RequestParam(required = false) @Nullable Purpose purpose,
                    @RequestParam(required = false) @Nullable LocalDateTime at,
                    @RequestParam(required = false) @Nullable String zone,
                    @RequestHeader(value = "HX-Request", required = false) @Nullable String htmx, Model model) {
        var timeZone = zoneOr(zone);
        model.addAttribute("sender", sender);
        model.addAttribute("recipient", recipient);
        model.addAttribute("category", category);
        model.addAttribute("purpose", purpose);
        model.addAttribute("zone", timeZone.getId());
        model.addAttribute("at", at);
        if (sender != null && recipient != null && category != null && purpose != null) {
            var when = (at == null ? LocalDateTime.now(timeZone) : at).atZone(timeZone).toInstant();
            try {
                model.addAttribute("decision", registry.answer(new PolicyQuery(AgencyId.of(sender),
                        AgencyId.of(recipient), category, purpose, when)));
            } catch (InvalidInput e) {
                model.addAttribute("badAgency", true);
            } catch (Forbidden e) {
                model.addAttribute("outOfReach", true);
            }
        }
        AgreementOptions.addTo(model, directory);
        var agencies = directory.agencies();
        model.addAttribute("agencies", agencies);
        model.addAttribute("senders", agencies.stream().filter(a -> registry.canAskAbout(a.id())).toList());
        return htmx == null ? "agreements/policy" : "agreements/policy :: result";
    }

    private static ZoneId zoneOr(@Nullable String zone) {
        try {
            return zone == null || zone.isBlank() ? ZoneId.of("Asia/Phnom_Penh") : ZoneId.of(zone);
        } catch (DateTimeException e) {
            return ZoneId.of("Asia/Phnom_Penh");
        }
    }
}
