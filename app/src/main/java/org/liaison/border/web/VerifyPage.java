package org.liaison.border.web;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import org.liaison.border.BorderCrossings;
import org.liaison.border.BorderPasses;
import org.liaison.border.Purpose;
import org.liaison.border.passes.PassPurposes;
import org.liaison.border.passes.PassVerdict;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import tools.jackson.databind.json.JsonMapper;

/**
 * The offline verification page (ADR 0016): it carries, in one data attribute, the federation's public keys, the
 * signed revocation lists, the checkpoints and the words the verdicts are said in, and the node's own script
 * (static/js/pass-verify.js) verifies a scanned or pasted pass with Web Crypto. After it loads, nothing more is
 * fetched; it keeps the last sync in localStorage so a reload without network still works.
 */
@Controller
class VerifyPage {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final BorderPasses passes;
    private final BorderCrossings crossings;
    private final MessageSource messages;

    VerifyPage(BorderPasses passes, BorderCrossings crossings, MessageSource messages) {
        this.passes = passes;
        this.crossings = crossings;
        this.messages = messages;
    }

    @GetMapping("/border/verify")
    String page(Model model, Locale locale) {
        var bundle = passes.bundle();
        var data = new LinkedHashMap<String, Object>();
        data.put("node", bundle.node());
        data.put("syncedAt", bundle.syncedAt().toString());
        data.put("keys", bundle.keys());
        data.put("lists", bundle.revocationLists());
        var names = crossings.checkpointNames();
        var checkpoints = new LinkedHashMap<String, String>();
        bundle.checkpoints().forEach(c -> checkpoints.put(String.valueOf(c.id()), names.get(c.id()) + " (" + c.pair() + ")"));
        data.put("checkpoints", checkpoints);
        var purposes = new LinkedHashMap<String, String>();
        for (var p : Purpose.values()) {
            purposes.put(PassPurposes.code(p), messages.getMessage("border.purpose." + p, null, locale));
        }
        data.put("purposes", purposes);
        data.put("words", words(locale));
        model.addAttribute("trust", JSON.writeValueAsString(data));
        model.addAttribute("checkpoints", bundle.checkpoints());
        model.addAttribute("names", names);
        model.addAttribute("purposes", Purpose.values());
        var codes = new LinkedHashMap<String, String>();
        for (var p : Purpose.values()) {
            codes.put(p.name(), PassPurposes.code(p));
        }
        model.addAttribute("codes", codes);
        model.addAttribute("syncedAt", bundle.syncedAt());
        return "border/verify";
    }

    private Map<String, String> words(Locale locale) {
        var words = new LinkedHashMap<String, String>();
        for (var v : PassVerdict.values()) {
            words.put(v.name(), messages.getMessage("border.verify.verdict." + v, null, locale));
        }
        for (var key : new String[] { "holder", "issuer", "validity", "purposes", "checkpoints", "time", "listAsOf",
                "noList" }) {
            words.put(key, messages.getMessage("border.verify." + key, null, locale));
        }
        return words;
    }
}
