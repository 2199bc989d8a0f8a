package org.liaison.shared;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;

import org.springframework.stereotype.Component;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

/**
 * Renders a Thymeleaf template to XHTML, then to PDF with openhtmltopdf (PDFBox) and DejaVu Sans embedded, which
 * covers Latin and Vietnamese. Khmer, Lao and Thai need complex shaping that openhtmltopdf does not do, so the
 * documents print English text and romanized names.
 */
@Component
public class PdfDocuments {

    private static final String FONT = "/net/sf/jasperreports/fonts/dejavu/DejaVuSans.ttf";
    private static final String FONT_BOLD = "/net/sf/jasperreports/fonts/dejavu/DejaVuSans-Bold.ttf";

    private final ITemplateEngine templates;

    PdfDocuments(ITemplateEngine templates) {
        this.templates = templates;
    }

    public byte[] render(String template, Context context) {
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
        var in = PdfDocuments.class.getResourceAsStream(path);
        if (in == null) {
            throw new IllegalStateException("the DejaVu font " + path + " is missing from the class path");
        }
        return in;
    }
}
