package org.liaison.screening;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import jakarta.validation.Valid;

import org.jspecify.annotations.Nullable;
import org.liaison.directory.AgencyId;
import org.liaison.exchange.Retention;
import org.liaison.identity.Reach;
import org.liaison.node.ThisNode;
import org.liaison.screening.alerts.AlertRecords;
import org.liaison.screening.alerts.AlertSharing;
import org.liaison.screening.alerts.Alerts;
import org.liaison.screening.alerts.Retentions;
import org.liaison.screening.batches.BatchService;
import org.liaison.screening.hits.HitActivity;
import org.liaison.screening.hits.HitDecisions;
import org.liaison.screening.hits.HitReports;
import org.liaison.screening.hits.Hits;
import org.liaison.screening.input.Fields;
import org.liaison.screening.input.Mrz;
import org.liaison.screening.input.Officers;
import org.liaison.screening.input.Reasons;
import org.liaison.screening.input.Thresholds;
import org.liaison.screening.statistics.Statistics;
import org.liaison.screening.watchlist.AlertFinder;
import org.liaison.screening.watchlist.NameComparisons;
import org.liaison.screening.watchlist.Screenings;
import org.liaison.screening.watchlist.WatchlistIndex;
import org.liaison.shared.InvalidInput;
import org.liaison.shared.NotFound;
import org.liaison.shared.Permissions;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;

/**
 * Watchlist screening. Public facade of the screening module.
 *
 * <p>Who may do what is named once in {@link Permissions}: border officers, officers, analysts and administrators
 * screen; officers, analysts and administrators issue and withdraw their agency's alerts; officers and border
 * officers of the screening agency decide its hits. Officers see the hits, lists and statistics of the agencies
 * their {@link Reach} covers (their own and those below it), administrators all, anyone not signed in nothing.
 * Every change is audited.
 */
@Service
@Validated
public class Screening {

    /** The most travellers one API call screens; larger lists go through an upload. */
    public static final int MAX_AT_ONCE = 1000;

    private final Screenings screenings;
    private final AlertRecords alertRecords;
    private final AlertSharing sharing;
    private final Alerts alerts;
    private final Hits hits;
    private final HitDecisions decisions;
    private final HitReports reports;
    private final BatchService batchService;
    private final Statistics statistics;
    private final WatchlistIndex index;
    private final Retentions retentions;
    private final Clock clock;
    private final double threshold;
    private final HitActivity activity;
    private final AlertFinder finder;
    private final ThisNode node;
    private final NameComparisons comparisons;

    Screening(Screenings screenings, AlertRecords alertRecords, AlertSharing sharing, Alerts alerts, Hits hits, HitDecisions decisions,
              HitReports reports, BatchService batchService, Statistics statistics, WatchlistIndex index,
              Retentions retentions, Clock clock, @Value("${liaison.screening.threshold:0.80}") double threshold,
              HitActivity activity, AlertFinder finder, ThisNode node, NameComparisons comparisons) {
        this.node = node;
        this.comparisons = comparisons;
        this.activity = activity;
        this.finder = finder;
        this.retentions = retentions;
        this.screenings = screenings;
        this.alertRecords = alertRecords;
        this.sharing = sharing;
        this.alerts = alerts;
        this.hits = hits;
        this.decisions = decisions;
        this.reports = reports;
        this.batchService = batchService;
        this.statistics = statistics;
        this.index = index;
        this.clock = clock;
        this.threshold = Thresholds.check(threshold);
    }

    /** The node's threshold: possible matches score at least this (0.5 to 0.99). */
    public double defaultThreshold() {
        return threshold;
    }

    /**
     * Screens one traveller against every alert in force; each possible match becomes a hit to decide. An MRZ
     * fills the fields left blank; its failed check digits come back as notes.
     */
    @Transactional
    @PreAuthorize(Permissions.SCREENS)
    public ScreeningResult screen(@Valid Traveller traveller, @Nullable Double threshold) {
        var notes = new ArrayList<MrzNote>();
        var filled = traveller;
        if (traveller.mrz() != null) {
            var mrz = Mrz.parse(traveller.mrz());
            notes.addAll(mrz.problems());
            filled = traveller.filledFrom(mrz);
        }
        if (!filled.screenable()) {
            throw new InvalidInput("screening.validation.nothingToScreen", "give a name, a document number, a plate or an MRZ to screen");
        }
        return screenings.screen(filled, threshold == null ? this.threshold : Thresholds.check(threshold),
                Officers.ownAgency().value(), notes);
    }

    /**
     * Compares two names (persons or organisations, any script) and explains the score as a hit's; audited as a
     * screening is. Refused with a problem when either name is missing.
     */
    @Transactional
    @PreAuthorize(Permissions.SCREENS)
    public Comparison compare(@Valid NamePair pair) {
        return comparisons.compare(pair, threshold);
    }

    /** Screens up to {@link #MAX_AT_ONCE} travellers in one transaction, results in the same order. */
    @Transactional
    @PreAuthorize(Permissions.SCREENS)
    public List<ScreeningResult> screenAll(List<@Valid Traveller> travellers, @Nullable Double threshold) {
        if (travellers.isEmpty() || travellers.size() > MAX_AT_ONCE) {
            throw new InvalidInput("screening.refusal.tooMany", "screen 1 to " + MAX_AT_ONCE + " travellers at once; upload larger lists",
                    MAX_AT_ONCE);
        }
        return travellers.stream().map(t -> screen(t, threshold)).toList();
    }

    /** Queues an uploaded CSV list; its rows are screened in the background (see {@link #batch}). */
    @Transactional
    @PreAuthorize(Permissions.SCREENS)
    public ScreeningBatch upload(String fileName, byte[] csv, @Nullable String checkpoint, @Nullable Double threshold) {
        return batchService.upload(fileName, csv, Fields.cut(checkpoint, 80),
                threshold == null ? this.threshold : Thresholds.check(threshold), Officers.ownAgency().value());
    }

    @Transactional(readOnly = true)
    @PreAuthorize(Permissions.SCREENS)
    public ScreeningBatch batch(BatchId id) {
        return batchService.find(id, Reach.current());
    }

    @Transactional(readOnly = true)
    @PreAuthorize(Permissions.SCREENS)
    public List<ScreeningBatch> batches() {
        return batchService.recent(Reach.current());
    }

    /** The batch's rows with their best match, as CSV (UTF-8 with a byte-order mark, for spreadsheets). */
    @Transactional(readOnly = true)
    @PreAuthorize(Permissions.SCREENS)
    public byte[] batchResults(BatchId id) {
        return batchService.results(batch(id).id());
    }

    /** Issues an alert of the officer's agency and sends it to the partners named, as the agreements allow. */
    @Transactional
    @PreAuthorize(Permissions.ISSUES_ALERTS)
    public Alert issue(@Valid AlertDraft draft, @Nullable Photo photo) {
        return alertRecords.issue(draft, photo, Officers.ownAgency());
    }

    /** The partner agencies the officer's agency may send alerts to under the agreements in force. */
    @PreAuthorize(Permissions.ISSUES_ALERTS)
    public List<AgencyId> alertPartners() {
        return sharing.partnersOf(Officers.ownAgency());
    }

    /** Sends an alert of the officer's agency to more partners, as the agreements allow. */
    @Transactional
    @PreAuthorize(Permissions.ISSUES_ALERTS)
    public Alert share(AlertId id, List<AgencyId> partners) {
        Officers.requireCovers(alert(id).issuingAgency(), "share alerts of");
        return alertRecords.share(id, partners.stream().map(AgencyId::value).toList());
    }

    /** Withdraws an alert this node issued, and tells the partners it went to. */
    @Transactional
    @PreAuthorize(Permissions.ISSUES_ALERTS)
    public Alert withdraw(AlertId id, String reason) {
        var alert = alert(id);
        Officers.requireCovers(alert.issuingAgency(), "withdraw alerts of");
        return alertRecords.withdraw(id, Reasons.required(reason));
    }

    @Transactional(readOnly = true)
    @PreAuthorize(Permissions.SCREENS)
    public Alert alert(AlertId id) {
        return alerts.find(id).orElseThrow(() -> new NotFound("alert", id));
    }

    @Transactional(readOnly = true)
    @PreAuthorize(Permissions.SCREENS)
    public List<Alert> alerts(AlertFilter filter) {
        return alerts.search(filter, 200);
    }

    @Transactional(readOnly = true)
    @PreAuthorize(Permissions.SCREENS)
    public Optional<Photo> photo(AlertId id) {
        return alerts.photo(id);
    }

    /**
     * How long this node keeps a partner's alert, and whether it was purged or is held (ADR 0011): the retention
     * of the message that last carried it. Empty for this node's own alerts, which no sharing clause governs.
     */
    @Transactional(readOnly = true)
    @PreAuthorize(Permissions.SCREENS)
    public Optional<Retention> retentionOf(Alert alert) {
        return alerts.retentionMessage(alert.id()).flatMap(retentions::of);
    }

    /** How long this node keeps a hit on a partner's alert (see {@link AlertHit#retentionMessage()}). */
    @Transactional(readOnly = true)
    @PreAuthorize(Permissions.SCREENS)
    public Optional<Retention> retentionOf(AlertHit hit) {
        return retentions.of(hit.retentionMessage());
    }

    /** How long this node keeps each partner's hit report, by the message it came in. */
    @Transactional(readOnly = true)
    @PreAuthorize(Permissions.SCREENS)
    public Map<UUID, Retention> retentionOf(List<ReportedHit> reports) {
        return retentions.of(reports.stream().map(ReportedHit::message).toList());
    }

    /** Partners' reports of hits on one of this node's alerts, newest first. */
    @Transactional(readOnly = true)
    @PreAuthorize(Permissions.SCREENS)
    public List<ReportedHit> reportedHits(AlertId id) {
        return reports.of(alert(id).id());
    }

    /** Possible matches of the officer's agencies awaiting a decision; 0 for those who do not screen. */
    @Transactional(readOnly = true)
    public long awaitingDecision() {
        var reach = Reach.current();
        return reach.allows(Permissions.SCREENS) ? hits.countPossible(reach) : 0;
    }

    /**
     * Hits in the last seven days on alerts the officer's agencies issued: partners' reports and this node's own
     * finds by agencies the officer covers; 0 for those who do not screen.
     */
    @Transactional(readOnly = true)
    public long newHitsOnOwnAlerts() {
        var reach = Reach.current();
        return reach.allows(Permissions.SCREENS)
                ? activity.onOwnAlertsSince(reach, clock.instant().minus(java.time.Duration.ofDays(7))) : 0;
    }

    /** Alerts by reference, identifier or name in any script (the watchlist's own matching), at most {@code limit}. */
    @Transactional(readOnly = true)
    @PreAuthorize(Permissions.SCREENS)
    public List<Alert> findAlerts(String text, int limit) {
        return finder.find(text, limit);
    }

    /** Hits of the officer's agencies on a traveller whose name contains {@code text}, newest first. */
    @Transactional(readOnly = true)
    @PreAuthorize(Permissions.SCREENS)
    public List<AlertHit> findHits(String text, int limit) {
        return hits.withTravellerNamed(Reach.current(), text, limit);
    }

    /** Whether the caller may screen (pages offer screening only to them). */
    public boolean mayScreen() {
        return Reach.current().allows(Permissions.SCREENS);
    }

    /** Whether the caller may issue alerts (pages offer the form only to them). */
    public boolean mayIssueAlerts() {
        return Reach.current().allows(Permissions.ISSUES_ALERTS);
    }

    /** Number of alerts in force in this instance's index. */
    public int alertsInForce() {
        return index.size();
    }

    @Transactional(readOnly = true)
    @PreAuthorize(Permissions.SCREENS)
    public List<AlertHit> hits(HitFilter filter) {
        return hits.search(Reach.current(), filter);
    }

    @Transactional(readOnly = true)
    @PreAuthorize(Permissions.SCREENS)
    public AlertHit hit(HitId id) {
        return hits.find(id).filter(h -> Reach.current().covers(h.agency())).orElseThrow(() -> new NotFound("hit", id));
    }

    /** Confirms that the traveller is the alert's subject; the issuing agency is told (see {@link HitNotice}). */
    @Transactional
    @PreAuthorize(Permissions.DECIDES_HITS)
    public AlertHit confirm(HitId id, String note) {
        return decisions.confirm(hit(id), Reasons.required(note));
    }

    /** Discards a possible match as someone else, with the reason (it feeds the false-positive rate). */
    @Transactional
    @PreAuthorize(Permissions.DECIDES_HITS)
    public AlertHit discard(HitId id, String reason) {
        return decisions.discard(hit(id), Reasons.required(reason));
    }

    /** Activity over the days from {@code from} to {@code to}, each day as it is in the node's zone. */
    @Transactional(readOnly = true)
    @PreAuthorize(Permissions.SCREENS)
    public ScreeningStatistics statistics(LocalDate from, LocalDate to) {
        return statistics(from, to, node.zone());
    }

    /** Activity over the days from {@code from} to {@code to}, each day as it is in {@code zone} (the officer's). */
    @Transactional(readOnly = true)
    @PreAuthorize(Permissions.SCREENS)
    public ScreeningStatistics statistics(LocalDate from, LocalDate to, ZoneId zone) {
        if (to.isBefore(from) || from.plusYears(5).isBefore(to)) {
            throw new InvalidInput("screening.refusal.period", "choose a period of at most five years, ending after it starts");
        }
        return statistics.between(from, to, Reach.current(), zone);
    }

    /** Today on this node (in its zone, not the clock's UTC), for forms that default to a period. */
    public LocalDate today() {
        return LocalDate.now(clock.withZone(node.zone()));
    }

    /** Whether the caller may withdraw the alert: one of this node's, in force, of an agency they act for. */
    public boolean mayWithdraw(Alert alert) {
        var reach = Reach.current();
        return alert.own() && alert.status() == AlertStatus.ACTIVE && reach.allows(Permissions.ISSUES_ALERTS)
                && reach.covers(alert.issuingAgency());
    }
}
