package org.liaison.exchange.witness;

import java.io.IOException;

import jakarta.servlet.http.HttpServletRequest;

import org.liaison.audit.WitnessRecord;
import org.liaison.directory.NodeId;
import org.liaison.exchange.wire.WitnessHeld;
import org.liaison.exchange.wire.WitnessOffer;
import org.liaison.shared.InvalidInput;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/**
 * Audit witnessing between nodes, open without a session like the other federation endpoints: an offer is
 * authenticated by the signatures of its heads against keys pinned here, and a witness record holds only
 * signed checkpoint heads (sequence numbers and hashes, nothing of the entries) and public keys, which anyone
 * checking a node's chain may read — the way certificate transparency's heads are public.
 */
@RestController
class WitnessEndpoint {

    /** An offer holds at most 500 heads of about 400 bytes each. */
    private static final int MAX_OFFER_BYTES = 512 * 1024;

    private final Witnessing witnessing;
    private final JsonMapper json;

    WitnessEndpoint(Witnessing witnessing, JsonMapper json) {
        this.witnessing = witnessing;
        this.json = json;
    }

    @PostMapping(path = WitnessOffer.PATH, produces = MediaType.APPLICATION_JSON_VALUE)
    WitnessHeld hold(HttpServletRequest request) throws IOException {
        if (request.getContentLengthLong() > MAX_OFFER_BYTES) {
            throw new InvalidInput("an offer has at most " + MAX_OFFER_BYTES + " bytes");
        }
        var body = request.getInputStream().readNBytes(MAX_OFFER_BYTES + 1);
        if (body.length > MAX_OFFER_BYTES) {
            throw new InvalidInput("an offer has at most " + MAX_OFFER_BYTES + " bytes");
        }
        try {
            return witnessing.hold(json.readValue(body, WitnessOffer.class));
        } catch (JacksonException e) {
            throw new InvalidInput("not an offer of checkpoint heads: " + e.getOriginalMessage());
        }
    }

    @GetMapping(path = WitnessOffer.PATH + "/{node}", produces = MediaType.APPLICATION_JSON_VALUE)
    WitnessRecord record(@PathVariable String node, @RequestParam(defaultValue = "0") long after) {
        return witnessing.recordOf(NodeId.of(node).value(), Math.max(0, after));
    }
}
