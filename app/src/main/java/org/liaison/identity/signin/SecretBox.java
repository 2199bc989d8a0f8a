package org.liaison.identity.signin;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

import org.liaison.node.NodeSecret;
import org.springframework.stereotype.Component;

/**
 * Encrypts small secrets at rest (TOTP seeds) with the node secret, as text: {@code v1:} and the base64 of the
 * sealed bytes.
 */
@Component
public class SecretBox {

    private static final byte[] NO_ASSOCIATED_DATA = new byte[0];
    private final NodeSecret secret;

    SecretBox(NodeSecret secret) {
        this.secret = secret;
    }

    public String seal(String plain) {
        var sealed = secret.seal(plain.getBytes(StandardCharsets.UTF_8), NO_ASSOCIATED_DATA);
        return "v1:" + Base64.getEncoder().encodeToString(sealed);
    }

    public String open(String sealed) {
        if (!sealed.startsWith("v1:")) {
            throw new IllegalStateException("a stored secret is not in the sealed form this node writes");
        }
        try {
            return new String(secret.open(Base64.getDecoder().decode(sealed.substring(3)), NO_ASSOCIATED_DATA),
                    StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException("a stored secret is not valid base64", e);
        }
    }
}
