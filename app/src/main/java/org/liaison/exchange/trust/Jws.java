package org.liaison.exchange.trust;

import com.nimbusds.jose.JWSObject;
import org.liaison.exchange.wire.EnvelopeRejected;
import org.liaison.exchange.wire.Rejection;
import org.liaison.node.CompactJws;
import org.liaison.node.InvalidJws;

/** The node's strict compact JWS, with its refusals as the exchange's rejections (MALFORMED, BAD_SIGNATURE). */
public final class Jws {

    private Jws() {
    }

    public static JWSObject parse(String compact, String type) {
        try {
            return CompactJws.parse(compact, type);
        } catch (InvalidJws e) {
            throw rejected(e);
        }
    }

    public static void verify(JWSObject jws, String publicJwk) {
        try {
            CompactJws.verify(jws, publicJwk);
        } catch (InvalidJws e) {
            throw rejected(e);
        }
    }

    private static EnvelopeRejected rejected(InvalidJws e) {
        var reason = e.reason() == InvalidJws.Reason.MALFORMED ? Rejection.MALFORMED : Rejection.BAD_SIGNATURE;
        return new EnvelopeRejected(reason, e.getMessage());
    }
}
