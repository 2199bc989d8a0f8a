package org.liaison.agreements.web;

import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.liaison.agreements.Agreement;
import org.liaison.agreements.AgreementKind;
import org.liaison.agreements.CooperationArea;
import org.liaison.agreements.DataCategory;
import org.liaison.agreements.HandlingCode;
import org.liaison.agreements.LinkKind;
import org.liaison.agreements.MeetingForm;
import org.liaison.agreements.Party;
import org.liaison.agreements.Purpose;
import org.liaison.agreements.SignatoryRole;
import org.liaison.directory.Agency;
import org.liaison.directory.Directory;
import org.springframework.ui.Model;

/** The choices the agreement forms offer: parties from the directory and the module's enumerations. */
final class AgreementOptions {

    static final List<String> ZONES = List.of("Asia/Phnom_Penh", "Asia/Vientiane", "Asia/Ho_Chi_Minh", "Asia/Bangkok",
            "Asia/Yangon", "UTC");

    private AgreementOptions() {
    }

    static void addTo(Model model, Directory directory) {
        var parties = new ArrayList<PartyOption>();
        directory.countries().forEach(c -> parties.add(new PartyOption(c.code(), null)));
        directory.agencies().forEach(a -> parties.add(new PartyOption(a.id().value(), a)));
        model.addAttribute("partyOptions", parties);
        model.addAttribute("kinds", AgreementKind.values());
        model.addAttribute("forms", MeetingForm.values());
        model.addAttribute("areas", CooperationArea.values());
        model.addAttribute("categories", DataCategory.values());
        model.addAttribute("purposes", Purpose.values());
        model.addAttribute("handlingCodes", HandlingCode.values());
        model.addAttribute("roles", SignatoryRole.values());
        model.addAttribute("linkKinds", LinkKind.values());
        model.addAttribute("zones", ZONES.stream().filter(z -> ZoneId.getAvailableZoneIds().contains(z) || z.equals("UTC")).toList());
    }

    /** The choices for a clause of this agreement: its parties and the agencies under them. */
    static List<PartyOption> clausePartiesOf(Agreement agreement, Directory directory) {
        var options = new ArrayList<PartyOption>();
        directory.countries().stream().filter(c -> agreement.hasPartyCovering(Party.of(c.code())))
                .forEach(c -> options.add(new PartyOption(c.code(), null)));
        directory.agencies().stream().filter(a -> agreement.hasPartyCovering(Party.of(a.id().value())))
                .forEach(a -> options.add(new PartyOption(a.id().value(), a)));
        return options;
    }

    /** A country (no agency) or an agency a party can be; pages name it with {@code @names}. */
    record PartyOption(String value, @Nullable Agency agency) {
    }
}
