package org.liaison.cases.web;

import org.liaison.cases.CaseId;
import org.liaison.cases.Cases;
import org.liaison.cases.EvidenceDraft;
import org.liaison.cases.HandOverDraft;
import org.liaison.cases.PersonDraft;
import org.liaison.cases.PersonRole;
import org.liaison.cases.SeizedItem;
import org.liaison.cases.SeizureDraft;
import org.liaison.cases.Species;
import org.liaison.cases.Unit;
import org.liaison.cases.VehicleDraft;
import org.liaison.cases.VehicleKind;
import org.liaison.directory.Directory;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/** A case's page: the case, what is linked to it, and the forms that add to it (each keeping its own errors). */
@Component
class CaseView {

    private final Cases cases;
    private final Directory directory;

    CaseView(Cases cases, Directory directory) {
        this.cases = cases;
        this.directory = directory;
    }

    String page(CaseId id, Model model) {
        var file = cases.file(id);
        var checkpoint = file.crimeCase().place().checkpoint();
        model.addAttribute("file", file);
        model.addAttribute("c", file.crimeCase());
        model.addAttribute("checkpoint", checkpoint == null ? null : directory.checkpoint(checkpoint).orElse(null));
        model.addAttribute("mayRecord", cases.mayRecord());
        model.addAttribute("next", file.crimeCase().status().next());
        model.addAttribute("roles", PersonRole.values());
        model.addAttribute("vehicleKinds", VehicleKind.values());
        model.addAttribute("items", SeizedItem.values());
        model.addAttribute("units", Unit.values());
        model.addAttribute("species", Species.values());
        model.addAttribute("today", cases.today());
        model.addAttribute("links", cases.links(id));
        defaults(model);
        return "cases/case";
    }

    private static void defaults(Model model) {
        if (!model.containsAttribute("personDraft")) {
            model.addAttribute("personDraft", PersonDraft.empty());
        }
        if (!model.containsAttribute("vehicleDraft")) {
            model.addAttribute("vehicleDraft", VehicleDraft.empty());
        }
        if (!model.containsAttribute("seizureDraft")) {
            model.addAttribute("seizureDraft", SeizureDraft.empty());
        }
        if (!model.containsAttribute("evidenceDraft")) {
            model.addAttribute("evidenceDraft", EvidenceDraft.empty());
        }
        if (!model.containsAttribute("handOverDraft")) {
            model.addAttribute("handOverDraft", HandOverDraft.empty());
        }
    }
}
