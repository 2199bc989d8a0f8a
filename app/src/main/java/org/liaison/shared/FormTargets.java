package org.liaison.shared;

import org.springframework.ui.Model;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.BindingResult;

/**
 * When a value cannot even be converted (a date like 2026-02-30, an unknown enum), Spring builds no form
 * record at all. The form is then shown again on an empty record that carries the same errors, so the
 * officer sees what was wrong instead of an error page.
 */
public final class FormTargets {

    private FormTargets() {
    }

    public static void ensure(Model model, String name, Object empty, BindingResult result) {
        if (result.getTarget() != null) {
            return;
        }
        var replacement = new BeanPropertyBindingResult(empty, name);
        replacement.addAllErrors(result);
        model.addAttribute(name, empty);
        model.addAttribute(BindingResult.MODEL_KEY_PREFIX + name, replacement);
    }
}
