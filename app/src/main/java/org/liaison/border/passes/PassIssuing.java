package org.liaison.border.passes;

import org.liaison.border.Pass;
import org.liaison.node.NodeKeys;
import org.liaison.node.ThisNode;
import org.springframework.stereotype.Component;

/** Signs a pass's claims with this node's active key and packs them into the QR text (ADR 0016). */
@Component
public class PassIssuing {

    private final NodeKeys keys;
    private final ThisNode node;

    PassIssuing(NodeKeys keys, ThisNode node) {
        this.keys = keys;
        this.node = node;
    }

    public String sign(Pass pass) {
        var claims = new PassClaims(pass.number(), node.id(), pass.surname(), pass.givenNames(), pass.nameInScript(),
                pass.dateOfBirth() == null ? null : pass.dateOfBirth().toString(), pass.nationality(), pass.photoHash(),
                pass.purposes().stream().map(PassPurposes::code).toList(), pass.checkpoints(),
                pass.validFrom().toString(), pass.validUntil().toString());
        return PassToken.pack(keys.sign(PassVerifier.JSON.writeValueAsBytes(claims), PassVerifier.TYPE));
    }
}
