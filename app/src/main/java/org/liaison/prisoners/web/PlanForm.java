package org.liaison.prisoners.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.liaison.prisoners.PlanDraft;
import org.liaison.prisoners.PrisonerId;
import org.liaison.prisoners.RepatriationPlan;
import org.springframework.format.annotation.DateTimeFormat;

/**
 * The plan form as bound from the request: the rules it plans under ({@code AGREEMENT:COUNTRY}), title, deadline,
 * assumptions and the candidates ticked.
 */
class PlanForm {

    private @Nullable String rules;
    private @Nullable String title;
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private @Nullable LocalDate deadline;
    private @Nullable String assumptions;
    private List<String> prisoners = new ArrayList<>();

    static PlanForm of(RepatriationPlan plan) {
        var form = new PlanForm();
        form.rules = plan.agreement() + ":" + plan.receivingCountry();
        form.title = plan.title();
        form.deadline = plan.deadline();
        form.assumptions = plan.assumptions();
        form.prisoners = new ArrayList<>(plan.prisoners().stream().map(PrisonerId::toString).toList());
        return form;
    }

    @Nullable String agreement() {
        return rules == null || !rules.contains(":") ? null : rules.substring(0, rules.indexOf(':'));
    }

    @Nullable String receivingCountry() {
        return rules == null || !rules.contains(":") ? null : rules.substring(rules.indexOf(':') + 1);
    }

    PlanDraft draft(String administration) {
        return new PlanDraft(title, administration, agreement(), receivingCountry(), deadline, assumptions,
                prisoners.stream().map(PrisonerId::parse).distinct().toList());
    }

    public @Nullable String getRules() { return rules; }
    public void setRules(@Nullable String rules) { this.rules = rules; }
    public @Nullable String getTitle() { return title; }
    public void setTitle(@Nullable String title) { this.title = title; }
    public @Nullable LocalDate getDeadline() { return deadline; }
    public void setDeadline(@Nullable LocalDate deadline) { this.deadline = deadline; }
    public @Nullable String getAssumptions() { return assumptions; }
    public void setAssumptions(@Nullable String assumptions) { this.assumptions = assumptions; }
    public List<String> getPrisoners() { return prisoners; }
    public void setPrisoners(@Nullable List<String> prisoners) { this.prisoners = prisoners == null ? new ArrayList<>() : prisoners; }
}
