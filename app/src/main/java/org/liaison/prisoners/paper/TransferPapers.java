package org.liaison.prisoners.paper;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Locale;
import java.util.Map;

import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import org.liaison.prisoners.PlanProgress;
import org.liaison.prisoners.Prisoner;
import org.liaison.prisoners.Transfer;
import org.springframework.stereotype.Component;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

/**
 * Renders the transfer papers as PDF: the {@code prisoners/paper-*} templates to XHTML, then openhtmltopdf (PDFBox)
 * with DejaVu Sans embedded, as the committees' reviews are. DejaVu covers Latin and Vietnamese; Khmer, Lao and Thai
 * need complex shaping that openhtmltopdf does not do, so the papers print English and romanized names, with the
 * names in their own script left to the registry pages.
 */
@Component
public class TransferPapers {

    private static final String FONT = "/net/sf/jasperreports/fonts/dejavu/DejaVuSans.ttf";
    private static final String FONT_BOLD = "/net/sf/jasperreports/fonts/dejavu/DejaVuSans-Bold.ttf";

    private final ITemplateEngine templates;

    TransferPapers(ITemplateEngine templates) {
        this.templates = templates;
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
        var context = new Context(Locale.ENGLISH, variables);
        var html = templates.process(template, context);
        var out = new ByteArrayOutputStream();
        try {
            var builder = new PdfRendererBuilder();
            builder.useFastMode();
            builder.useFont(() -> font(FONT), "DejaVu Sans", 400, PdfRendererBuilder.FontStyle.NORMAL, true);
            builder.useFont(() -> font(FONT_BOLD), "DejaVu Sans", 700, PdfRendererBuilder.FontStyle.NORMAL, true);
            builder.withHtmlContent(html, null);
            builder.toStream(out);
            builder.run();
        } catch (IOException e) {
            throw new UncheckedIOException("could not render " + template + " as PDF", e);
        }
        return out.toByteArray();
    }

    private static InputStream font(String path) {
        var in = TransferPapers.class.getResourceAsStream(path);
        if (in == null) {
            throw new IllegalStateException("the DejaVu font " + path + " is missing from the class path");
        }
        return in;
    }

}
