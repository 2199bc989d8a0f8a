package org.liaison.committees.web;

import java.util.Locale;

import org.liaison.agreements.AgreementId;
import org.liaison.committees.CommitteeId;
import org.liaison.committees.Committees;
import org.liaison.committees.Review;
import org.liaison.committees.review.ReviewDocuments;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** Annual implementation reviews per committee and per agreement, as pages and as PDF downloads. */
@Controller
class ReviewPages {

    private final Committees committees;
    private final ReviewDocuments documents;

    ReviewPages(Committees committees, ReviewDocuments documents) {
        this.committees = committees;
        this.documents = documents;
    }

    @GetMapping("/committees/{id}/review/{year}")
    String committeeReview(@PathVariable String id, @PathVariable int year, Model model) {
        return page(committees.committeeReview(CommitteeId.parse(id), year), "/committees/" + id, model);
    }

    @GetMapping("/committees/{id}/review/{year}.pdf")
    ResponseEntity<byte[]> committeeReviewPdf(@PathVariable String id, @PathVariable int year, Locale locale) {
        return pdf(committees.committeeReview(CommitteeId.parse(id), year), locale);
    }

    @GetMapping("/agreements/{agreementId}/review/{year}")
    String agreementReview(@PathVariable String agreementId, @PathVariable int year, Model model) {
        var agreement = AgreementId.of(agreementId);
        return page(committees.agreementReview(agreement, year), "/agreements/" + agreement, model);
    }

    @GetMapping("/agreements/{agreementId}/review/{year}.pdf")
    ResponseEntity<byte[]> agreementReviewPdf(@PathVariable String agreementId, @PathVariable int year, Locale locale) {
        return pdf(committees.agreementReview(AgreementId.of(agreementId), year), locale);
    }

    private static String page(Review review, String base, Model model) {
        model.addAttribute("review", review);
        model.addAttribute("base", base);
        return "committees/review";
    }

    private ResponseEntity<byte[]> pdf(Review review, Locale locale) {
        var name = "review-" + review.reference() + "-" + review.year() + ".pdf";
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(name).build().toString())
                .body(documents.pdf(review, locale));
    }
}
