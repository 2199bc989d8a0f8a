package org.liaison.committees.review;

import java.util.Locale;

import org.liaison.committees.Review;
import org.liaison.shared.PdfDocuments;
import org.springframework.stereotype.Component;
import org.thymeleaf.context.Context;

/** Renders a review as PDF from the {@code committees/review-pdf} template (see {@link PdfDocuments} for scripts). */
@Component
public class ReviewDocuments {

    private final PdfDocuments pdfs;

    ReviewDocuments(PdfDocuments pdfs) {
        this.pdfs = pdfs;
    }

    public byte[] pdf(Review review, Locale locale) {
        var context = new Context(locale);
        context.setVariable("review", review);
        return pdfs.render("committees/review-pdf", context);
    }
}
