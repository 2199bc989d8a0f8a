package org.liaison.prisoners.paper;

import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;

import org.liaison.node.CompactJws;
import org.liaison.node.NodeKeys;
import org.liaison.node.ThisNode;
import org.liaison.prisoners.RepatriationPlan;
import org.liaison.shared.Sha256;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * Signs a plan's papers into a {@link PaperBundle}: the manifest names every document with its SHA-256 and is
 * signed with the node's active key, whose public half travels along; the partner checks it with
 * {@link PapersVerifyCommand}, and compares the key's fingerprint with the one the sending state published.
 */
@Component
public class PaperBundles {

    private final NodeKeys keys;
    private final ThisNode node;
    private final JsonMapper json;

    PaperBundles(NodeKeys keys, ThisNode node, JsonMapper json) {
        this.keys = keys;
        this.node = node;
        this.json = json;
    }

    /** The bundle's JSON: the documents by name, in order, and the signed manifest. */
    public String sign(RepatriationPlan plan, Map<String, byte[]> documents, java.time.Instant at) {
        var listed = new ArrayList<PaperBundle.Document>();
        var files = new LinkedHashMap<String, String>();
        documents.forEach((name, content) -> {
            listed.add(new PaperBundle.Document(name, Sha256.hex(content), content.length));
            files.put(name, Base64.getEncoder().encodeToString(content));
        });
        var manifest = new PaperBundle.Manifest(plan.id().toString(), plan.title(), plan.administration().value(),
                plan.receivingCountry(), plan.agreement().value(), at.toString(), listed);
        var signed = keys.sign(json.writeValueAsBytes(manifest), PaperBundle.TYPE);
        var kid = CompactJws.parse(signed, PaperBundle.TYPE).getHeader().getKeyID();
        var publicJwk = keys.publicJwk(kid).orElseThrow();
        return json.writerWithDefaultPrettyPrinter().writeValueAsString(
                new PaperBundle(PaperBundle.FORMAT, node.id(), signed, publicJwk, files));
    }

    /** The fingerprint officers compare: the RFC 7638 thumbprint of the public key, base64url. */
    public static String fingerprint(String publicJwk) {
        try {
            return com.nimbusds.jose.jwk.JWK.parse(publicJwk).computeThumbprint().toString();
        } catch (java.text.ParseException | com.nimbusds.jose.JOSEException e) {
            throw new IllegalArgumentException("not a public key: " + e.getMessage());
        }
    }

}
