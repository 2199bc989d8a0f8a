package org.liaison.screening.demo;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.liaison.directory.AgencyId;
import org.liaison.exchange.Exchange;
import org.liaison.node.Seeding;
import org.liaison.node.ThisNode;
import org.liaison.screening.AlertDraft;
import org.liaison.screening.AlertFilter;
import org.liaison.screening.AlertStatus;
import org.liaison.screening.AlertSubject;
import org.liaison.screening.Gender;
import org.liaison.screening.NoticeType;
import org.liaison.screening.alerts.AlertRecords;
import org.liaison.screening.alerts.Alerts;
import org.liaison.shared.NodeTask;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Fictional alerts for the demo, issued by each node's ministry (only with {@code liaison.demo.enabled=true},
 * once): a Lao arrest warrant written in Lao script only (as the Lao police write it), a missing person and a
 * vehicle; a Cambodian warrant in
 * Khmer script and a stolen passport booklet; a Vietnamese person of interest. Each is shared with the
 * partners the security MoUs cover as soon as their node is trusted, which may be after this node started.
 * Instances that start together issue them once ({@link Seeding}).
 */
@Component
@ConditionalOnProperty(name = "liaison.demo.enabled", havingValue = "true")
class DemoAlerts {

    private static final Logger log = LoggerFactory.getLogger(DemoAlerts.class);
    private static final Map<String, List<String>> PARTNERS = Map.of(
            "LA", List.of("KH/MOI"), "KH", List.of("LA/MPS", "VN/MPS"), "VN", List.of("KH/MOI"));

    private final AlertRecords records;
    private final Alerts alerts;
    private final Exchange exchange;
    private final ThisNode node;
    private final TransactionTemplate transaction;
    private final Seeding seeding;

    DemoAlerts(AlertRecords records, Alerts alerts, Exchange exchange, ThisNode node, TransactionTemplate transaction,
               Seeding seeding) {
        this.records = records;
        this.alerts = alerts;
        this.exchange = exchange;
        this.node = node;
        this.transaction = transaction;
        this.seeding = seeding;
    }

    @EventListener(ApplicationReadyEvent.class)
    @Order(30)
    void load() {
        var issuer = AgencyId.of(node.country() + "/" + (node.country().equals("KH") ? "MOI" : "MPS"));
        NodeTask.run("demo", () -> seeding.run("demo-alerts", () -> {
            if (alerts.search(new AlertFilter(true, null, null, null), 1).isEmpty()) {
                drafts(node.country()).forEach(draft -> records.issue(draft, null, issuer));
            }
        }));
    }

    /** Shares the demo alerts with partners whose node has become reachable. */
    @Scheduled(initialDelay = 5_000, fixedDelay = 5_000)
    @net.javacrumbs.shedlock.spring.annotation.SchedulerLock(name = "screening-demo-sharing", lockAtMostFor = "PT1M")
    void shareWhenPartnersAreUp() {
        var partners = PARTNERS.getOrDefault(node.country(), List.of()).stream()
                .filter(p -> exchange.reaches(AgencyId.of(p))).toList();
        if (partners.isEmpty()) {
            return;
        }
        for (var alert : alerts.search(new AlertFilter(true, AlertStatus.ACTIVE, null, null), 50)) {
            var missing = partners.stream().filter(p -> !alert.sharedWith().contains(p)).toList();
            if (!missing.isEmpty() && alert.createdBy().equals("system:demo")) {
                try {
                    NodeTask.run("demo", () -> transaction.executeWithoutResult(s -> records.share(alert.id(), missing)));
                } catch (org.liaison.shared.DomainException e) {
                    log.info("Demo alert {} not shared with {} yet: {}", alert.reference(), missing, e.getMessage());
                }
            }
        }
    }

    static List<AlertDraft> drafts(String country) {
        var until = LocalDate.now().plusYears(2);
        return switch (country) {
            case "LA" -> List.of(
                    person(NoticeType.WANTED_FOR_ARREST, "ສົມສັກ ແກ້ວວົງສາ", null, "1984-03-17", "LA", Gender.MALE,
                            "P2084417", "Organiser of methamphetamine shipments along Route 13 south to the Cambodian border; "
                                    + "arrest warrant of the Champasak provincial people's court (fictional, demo).",
                            "Detain, report the hit through Liaison and await the Lao Ministry of Public Security's request "
                                    + "for provisional arrest.", until),
                    person(NoticeType.MISSING_PERSON, "ສຸລິຍາ ອິນທະວົງ", "Souliya Inthavong", "2007", "LA", Gender.FEMALE, null,
                            "Reported missing in Pakse; believed taken across the border for forced labour (fictional, demo).",
                            "Protect, do not detain; tell the Lao Ministry of Public Security at once.", until),
                    vehicle("2AB-1234", "Pickup seen moving methamphetamine tablets at night near the Veun Kham crossing "
                            + "(fictional, demo).", "Search the vehicle; report the hit with the driver's identity.", until));
            case "KH" -> List.of(
                    person(NoticeType.WANTED_FOR_ARREST, "ចាន់ ធារិទ្ធ", "Chan Theareth", "1979", "KH", Gender.MALE, null,
                            "Wanted for timber smuggling and the assault of a forest ranger in Stung Treng (fictional, demo).",
                            "Detain and inform the Cambodian Ministry of Interior through Liaison.", until),
                    new AlertDraft(AlertSubject.DOCUMENT, NoticeType.STOLEN_DOCUMENT, null, null, null, null, null, null,
                            null, "N0904512", "Blank passport booklet stolen from a provincial office (fictional, demo).",
                            "Seize the document; hold the bearer for questioning.", until, null, List.of()));
            case "VN" -> List.of(
                    person(NoticeType.PERSON_OF_INTEREST, "Trần Quốc Bảo", "Tran Quoc Bao", "1990-11-02", "VN", Gender.MALE,
                            "C7731904", "Suspected courier for a cross-border gambling ring (fictional, demo).",
                            "Do not alert the person; report date, crossing and companions.", until));
            default -> List.of();
        };
    }

    private static AlertDraft person(NoticeType notice, String nativeName, @Nullable String latin, String born, String nationality,
                                     Gender gender, @Nullable String document, String reason, String action, LocalDate until) {
        return new AlertDraft(AlertSubject.PERSON, notice, nativeName, latin, null, born, nationality, gender, document,
                null, reason, action, until, until.minusYears(1), List.of());
    }

    private static AlertDraft vehicle(String plate, String reason, String action, LocalDate until) {
        return new AlertDraft(AlertSubject.VEHICLE, NoticeType.PERSON_OF_INTEREST, null, null, null, null, null, null,
                null, plate, reason, action, until, null, List.of());
    }
}
