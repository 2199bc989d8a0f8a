package org.liaison.screening.watchlist;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;

import org.junit.jupiter.api.Test;
import org.liaison.NodeTest;
import org.liaison.WithOfficer;
import org.liaison.matching.Query;
import org.liaison.node.ThisNode;
import org.liaison.screening.Alert;
import org.liaison.screening.AlertMother;
import org.liaison.screening.Screening;
import org.liaison.screening.alerts.Alerts;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A second instance on the same database (its own index over the same table) catches up with alerts issued
 * and withdrawn through the first, from the change sequence alone.
 */
@NodeTest
@WithOfficer(username = "kh.officer", roles = "OFFICER", agency = "KH/MOI")
class WatchlistIndexTests {

    @Autowired Screening screening;
    @Autowired Alerts alerts;
    @Autowired Clock clock;
    @Autowired ThisNode node;

    @Test
    void anotherInstanceSeesAnIssuedAlertAfterItsNextRefreshAndForgetsAWithdrawnOne() {
        var other = new WatchlistIndex(alerts, clock, node);
        other.refresh();
        var query = Query.byName("Chanthaly Sisombath");
        assertThat(other.byName(query, 5, 0.8)).isEmpty();

        var alert = screening.issue(AlertMother.person("Chanthaly Sisombath"), null);
        assertThat(other.byName(query, 5, 0.8)).as("not before its refresh").isEmpty();
        other.refresh();
        assertThat(other.byName(query, 5, 0.8)).extracting(f -> f.alert().id()).containsExactly(alert.id());

        screening.withdraw(alert.id(), "Found");
        other.refresh();
        assertThat(other.byName(query, 5, 0.8)).isEmpty();
    }

    @Test
    void aDocumentAlertIsFoundByItsNumberWhateverThePunctuation() {
        var other = new WatchlistIndex(alerts, clock, node);
        var alert = screening.issue(AlertMother.stolenPassport("N 0123-4567"), null);
        other.refresh();

        assertThat(other.byNumber("n01234567")).map(Alert::id).contains(alert.id());
        assertThat(other.byNumber("N0123456")).isEmpty();
    }
}
