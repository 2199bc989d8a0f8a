package org.liaison.exchange.outbound;

import java.io.IOException;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;

import org.liaison.exchange.settings.ExchangeSettings;
import org.liaison.exchange.trust.Partners;
import org.liaison.exchange.wire.DeliveryRequest;
import org.liaison.exchange.wire.EnvelopeRejected;
import org.liaison.exchange.wire.NoticeBatch;
import org.liaison.exchange.wire.NoticeReply;
import org.liaison.exchange.wire.Rejection;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/**
 * Delivers queued read notices, one request per partner and round, from the message delivery loops: a
 * partner that is down gets them later with backoff; one that refuses a notice for good (a permanent
 * reason) is not asked again.
 */
@Component
class NoticeDelivery {

    /** Notices are not urgent: the loops look for due ones at most this often, not on every message round. */
    private static final long CHECK_EVERY_NANOS = java.time.Duration.ofMillis(250).toNanos();

    private final Notices notices;
    private final Partners partners;
    private final FederationClient client;
    private final JsonMapper json;
    private final TransactionTemplate transaction;
    private final Clock clock;
    private final ExchangeSettings settings;
    private final Backoff backoff;
    private final java.util.concurrent.atomic.AtomicLong nextCheck = new java.util.concurrent.atomic.AtomicLong(System.nanoTime());

    NoticeDelivery(Notices notices, Partners partners, FederationClient client, JsonMapper json,
                   TransactionTemplate transaction, Clock clock, ExchangeSettings settings) {
        this.notices = notices;
        this.partners = partners;
        this.client = client;
        this.json = json;
        this.transaction = transaction;
        this.clock = clock;
        this.settings = settings;
        this.backoff = new Backoff(settings.backoffBase(), settings.backoffMax());
    }

    /** One round: claims due notices, sends them, records what came of each; returns how many it handled. */
    int deliverDue() {
        var now = System.nanoTime();
        var check = nextCheck.get();
        if (now - check < 0 || !nextCheck.compareAndSet(check, now + CHECK_EVERY_NANOS)) {
            return 0;
        }
        var handled = transaction.execute(status -> {
            var due = notices.claim(Instant.now(clock), settings.batch());
            var byPartner = new LinkedHashMap<String, List<Notices.Due>>();
            due.forEach(d -> byPartner.computeIfAbsent(d.recipientNode(), n -> new java.util.ArrayList<>()).add(d));
            byPartner.forEach((node, group) -> {
                var results = send(node, group);
                for (int i = 0; i < group.size(); i++) {
                    record(group.get(i), results.get(i));
                }
            });
            return due.size();
        });
        return handled == null ? 0 : handled;
    }

    private List<NoticeReply.Result> send(String node, List<Notices.Due> group) {
        var partner = partners.find(node).filter(Partners.Partner::trusted);
        if (partner.isEmpty()) {
            return group.stream().map(d -> new NoticeReply.Result(Rejection.UNKNOWN_SENDER.name(),
                    node + " is not a trusted partner")).toList();
        }
        try {
            var body = json.writeValueAsString(new NoticeBatch(group.stream().map(Notices.Due::notice).toList()));
            var reply = client.post(partner.get().baseUrl(), DeliveryRequest.PATH, NoticeBatch.MEDIA_TYPE, body);
            var answer = reply.status() == 200 ? json.readValue(reply.body(), NoticeReply.class) : null;
            if (answer == null || answer.results() == null || answer.results().size() != group.size()) {
                return same(group, Rejection.UNREACHABLE.name(), "HTTP " + reply.status());
            }
            return answer.results();
        } catch (IOException | JacksonException | EnvelopeRejected e) {
            return same(group, Rejection.UNREACHABLE.name(), FederationClient.describe(e));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return same(group, Rejection.UNREACHABLE.name(), "interrupted");
        }
    }

    private void record(Notices.Due due, NoticeReply.Result result) {
        if (result.reason() == null) {
            notices.finish(due.id(), "DELIVERED", "");
            return;
        }
        var detail = result.reason() + ": " + result.detail();
        if (permanent(result.reason()) || due.attempts() + 1 >= settings.maxAttempts()) {
            notices.finish(due.id(), "REJECTED", detail);
        } else {
            notices.retryLater(due.id(), Instant.now(clock).plus(backoff.delayAfter(due.attempts())), detail);
        }
    }

    private static boolean permanent(String reason) {
        try {
            return Rejection.valueOf(reason.toUpperCase(Locale.ROOT)).permanent();
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    private static List<NoticeReply.Result> same(List<Notices.Due> group, String reason, String detail) {
        return group.stream().map(d -> new NoticeReply.Result(reason, detail)).toList();
    }
}
