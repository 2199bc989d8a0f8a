package org.liaison.border.passes;

import java.util.ArrayList;
import java.util.List;

import org.liaison.agreements.DataCategory;
import org.liaison.agreements.Purpose;
import org.liaison.border.payload.PassRevocations;
import org.liaison.directory.Agency;
import org.liaison.directory.AgencyId;
import org.liaison.directory.Directory;
import org.liaison.exchange.Denied;
import org.liaison.exchange.Exchange;
import org.liaison.exchange.MessageKind;
import org.liaison.exchange.OutgoingMessage;
import org.liaison.exchange.Sent;
import org.liaison.node.ThisNode;
import org.springframework.stereotype.Component;

/**
 * Sends this node's signed revocation list to the partners: to every other country's top-level agency (a ministry)
 * that the agreements let the officer's agency send border-pass verification data to, for lawful transit. Where
 * none may receive it, the list still verifies wherever it is later passed on.
 */
@Component
public class RevocationSharing {

    private final Exchange exchange;
    private final Directory directory;
    private final ThisNode node;

    RevocationSharing(Exchange exchange, Directory directory, ThisNode node) {
        this.exchange = exchange;
        this.directory = directory;
        this.node = node;
    }

    /** Sends the list; answers the recipients it went to, for the audit entry. */
    public List<String> send(String sender, String signedList) {
        var payload = new PassRevocations("Border pass revocations", "The revocation list of " + node.id(), null,
                signedList);
        var sentTo = new ArrayList<String>();
        for (var recipient : partners()) {
            var message = new OutgoingMessage(AgencyId.of(sender), recipient, MessageKind.NOTIFICATION,
                    DataCategory.BORDER_PASS_VERIFICATION, Purpose.LAWFUL_TRANSIT, payload, null, null, List.of());
            if (exchange.check(message) instanceof Denied) {
                continue;
            }
            switch (exchange.send(message)) {
                case Sent sent -> sentTo.add(recipient.value());
                case Denied denied -> { }
            }
        }
        return sentTo;
    }

    private List<AgencyId> partners() {
        return directory.agencies().stream().map(Agency::id)
                .filter(a -> !a.country().equals(node.country()) && a.value().chars().filter(c -> c == '/').count() == 1)
                .filter(exchange::reaches).toList();
    }
}
