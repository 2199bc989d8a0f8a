package org.liaison.prisoners.paper;

import java.util.Locale;
import java.util.Map;

import org.liaison.prisoners.PlanProgress;
import org.liaison.prisoners.Prisoner;
import org.liaison.prisoners.Transfer;
import org.liaison.shared.PdfDocuments;
import org.springframework.stereotype.Component;
import org.thymeleaf.context.Context;

/**
 * Renders the transfer papers as PDF from the {@code prisoners/paper-*} templates, as the committees' reviews are.
 * The PDF fonts cover Latin and Vietnamese only ({@link PdfDocuments}), so the papers print English and romanized
 * names, with the names in their own script left to the registry pages.
 */
@Component
public class TransferPapers {

    private final PdfDocuments pdfs;

    TransferPapers(PdfDocuments pdfs) {
        this.pdfs = pdfs;
    }

    /** The transfer order of one prisoner: identity, sentence, the chain's decisions, the hand-over. */
    public byte[] order(Prisoner prisoner, Transfer transfer, String issuedBy) {
        return pdf("prisoners/paper-order", Map.of("prisoner", prisoner, "transfer", transfer, "issuedBy", issuedBy));
    }

    /** The convoy's hand-over record: every prisoner of the plan, with space for both sides' signatures. */
    public byte[] convoy(PlanProgress progress, String issuedBy) {
        return pdf("prisoners/paper-convoy", Map.of("progress", progress, "plan", progress.plan(), "issuedBy", issuedBy));
    }

    private byte[] pdf(String template, Map<String, Object> variables) {
        return pdfs.render(template, new Context(Locale.ENGLISH, variables));
    }
}
