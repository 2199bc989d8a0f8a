package org.liaison.web.search;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.liaison.agreements.AgreementFilter;
import org.liaison.agreements.AgreementRegistry;
import org.liaison.committees.Committees;
import org.liaison.directory.Directory;
import org.liaison.exchange.Exchange;
import org.liaison.exchange.MessageSearch;
import org.liaison.screening.Screening;
import org.liaison.web.search.Found.Result;
import org.springframework.stereotype.Component;

/**
 * Looks for a text in agreements, messages, alerts and hits, agencies, checkpoints and committees. Each module's
 * facade decides what the officer may see (Reach); a group the officer's roles have no access to is not asked at
 * all. Searches are not audited: no read of a list is (only opening a message marks it read).
 */
@Component
class GlobalSearch {

    static final int MIN_LENGTH = 3;
    static final int MAX_LENGTH = 100;
    static final int PER_GROUP = 10;

    private final AgreementRegistry agreements;
    private final Exchange exchange;
    private final Screening screening;
    private final Directory directory;
    private final Committees committees;

    GlobalSearch(AgreementRegistry agreements, Exchange exchange, Screening screening, Directory directory,
                 Committees committees) {
        this.agreements = agreements;
        this.exchange = exchange;
        this.screening = screening;
        this.directory = directory;
        this.committees = committees;
    }

    /** The groups that found something; the text is already trimmed to a searchable length. */
    List<Found> search(String text) {
        var groups = new ArrayList<Found>();
        add(groups, "search.group.agreements", agreements.find(new AgreementFilter(text, null, null, null)).stream()
                .map(a -> new Result(a.title(), a.id().toString(), "/agreements/" + a.id())).toList());
        add(groups, "search.group.messages", exchange.search(new MessageSearch(null, null, text, 0, PER_GROUP)).stream()
                .map(m -> new Result(m.subject(), m.sender() + " → " + m.recipient(), "/messages/" + m.id())).toList());
        if (screening.mayScreen()) {
            add(groups, "search.group.alerts", screening.findAlerts(text, PER_GROUP).stream()
                    .map(a -> new Result(a.reference(), a.issuingAgency().toString(), "/screening/alerts/" + a.id())).toList());
            add(groups, "search.group.hits", screening.findHits(text, PER_GROUP).stream()
                    .map(h -> new Result(h.travellerName(), h.alertReference(), "/screening/hits/" + h.id())).toList());
        }
        add(groups, "search.group.agencies", directory.findAgencies(null, null, text).stream()
                .map(a -> new Result(a.name(), a.id().toString(), "/directory/agencies/" + a.id())).toList());
        var lower = text.toLowerCase(Locale.ROOT);
        add(groups, "search.group.checkpoints", directory.checkpoints(null, null).stream()
                .filter(c -> (c.a().name() + " " + c.b().name() + " " + c.a().nativeName() + " " + c.b().nativeName())
                        .toLowerCase(Locale.ROOT).contains(lower))
                .map(c -> new Result(c.a().name() + " – " + c.b().name(), c.a().country() + " – " + c.b().country(),
                        "/directory/checkpoints")).toList());
        add(groups, "search.group.committees", committees.committees(null, null, text).stream()
                .map(c -> new Result(c.name(), c.nativeName() == null ? "" : c.nativeName(), "/committees/" + c.id()))
                .toList());
        return groups;
    }

    private static void add(List<Found> groups, String heading, List<Result> results) {
        if (!results.isEmpty()) {
            groups.add(new Found(heading, results.stream().limit(PER_GROUP).toList()));
        }
    }
}
