package org.liaison.directory.internal;

import java.text.ParseException;

import com.nimbusds.jose.jwk.JWK;
import org.liaison.directory.Node;
import org.liaison.directory.NodeDraft;
import org.liaison.directory.NodeStatus;
import org.liaison.shared.InvalidInput;

/** Checks that a node's published key is a public JWK: a private key must never reach the directory. */
public final class NodeKeys {

    private NodeKeys() {
    }

    public static Node toNode(NodeDraft draft) {
        var id = draft.nodeId();
        var jwk = draft.publicJwk();
        if (jwk != null) {
            requirePublicJwk(jwk);
        }
        return new Node(id, id.country(), String.valueOf(draft.baseUrl()), jwk,
                draft.status() == null ? NodeStatus.ACTIVE : draft.status());
    }

    static void requirePublicJwk(String json) {
        try {
            if (JWK.parse(json).isPrivate()) {
                throw new InvalidInput("directory.refusal.privateKey", "the node key must be the public half only");
            }
        } catch (ParseException e) {
            throw new InvalidInput("directory.refusal.notAJwk", "the node key is not a valid JWK: " + e.getMessage());
        }
    }
}
