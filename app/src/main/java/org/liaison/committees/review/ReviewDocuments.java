package org.liaison.committees.review;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Locale;

import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import org.liaison.committees.Review;
import org.springframework.stereotype.Component;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

/**
 * Renders a review as PDF: the {@code committees/review-pdf} template to XHTML, then openhtmltopdf (PDFBox)
 * with DejaVu Sans embedded, which covers Latin and Vietnamese. Khmer and Lao need complex shaping that
 * openhtmltopdf does not do, so the PDF prints romanized names and English text only.
 */
@Component
public class ReviewDocuments {

    private static final String FONT = "/net/sf/jasperreports/fonts/dejavu/DejaVuSans.ttf";
    private static final String FONT_BOLD = "/net/sf/jasperreports/fonts/dejavu/DejaVuSans-Bold.ttf";

    private final ITemplateEngine templates;

    ReviewDocuments(ITemplateEngine templates) {
        this.templates = templates;
    }

    public byte[] pdf(Review review, Locale locale) {
        var context = new Context(locale);
        context.setVariable("review", review);
        var html = templates.process("committees/review-pdf", context);
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
            throw new UncheckedIOException("could not render the review as PDF", e);
        }
        return out.toByteArray();
    }

    private static InputStream font(String path) {
        var in = ReviewDocuments.class.getResourceAsStream(path);
        if (in == null) {
            throw new IllegalStateException("the DejaVu font " + path + " is missing from the class path");
        }
        return in;
    }
}
