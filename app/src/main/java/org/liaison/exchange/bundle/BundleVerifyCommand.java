package org.liaison.exchange.bundle;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.liaison.exchange.trust.Envelopes;
import org.liaison.exchange.trust.Jws;
import org.liaison.exchange.trust.KeyExports;
import org.liaison.exchange.wire.BatchReceipt;
import org.liaison.exchange.wire.Envelope;
import org.liaison.exchange.wire.EnvelopeRejected;
import org.liaison.exchange.wire.Receipt;
import org.liaison.exchange.wire.Rejection;
import org.liaison.shared.DomainException;
import org.liaison.shared.Sha256;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code ./liaison verify-bundle FILE}: checks an exported message bundle without a node or database: the
 * envelope's signature, the receipt's signature, and that the receipt acknowledges exactly that envelope.
 * Prints the key fingerprints to compare with those the partners published. Exit 0 valid, 1 invalid, 2 usage.
 */
public final class BundleVerifyCommand {

    private BundleVerifyCommand() {
    }

    public static void main(String[] args) {
        System.exit(run(args, System.out, System.err));
    }

    public static int run(String[] args, PrintStream out, PrintStream err) {
        if (args.length != 1) {
            err.println("usage: ./liaison verify-bundle FILE");
            return 2;
        }
        try {
            var json = JsonMapper.builder().build();
            var bundle = json.readValue(Files.readString(Path.of(args[0])), Bundles.Bundle.class);
            var envelope = verify(bundle, bundle.envelope(), Envelope.TYPE);
            var claims = json.readValue(envelope, Envelope.class);
            var sha = Sha256.hex(bundle.envelope().getBytes(StandardCharsets.US_ASCII));
            var receipt = receipt(json, bundle, claims.id(), sha);
            if (receipt == null) {
                out.println("INVALID: the batch receipt does not list this envelope's SHA-256");
                return 1;
            }
            if (!receipt.envelopeSha256().equals(sha) || !receipt.messageId().equals(claims.id())
                    || !claims.sender().node().equals(bundle.senderNode()) || !receipt.receiverNode().equals(bundle.receiverNode())) {
                out.println("INVALID: the receipt does not acknowledge this envelope");
                return 1;
            }
            out.println("VALID message " + claims.id() + " \"" + claims.subject() + "\"");
            out.println("  from " + claims.sender().agency() + " at " + claims.sender().node() + ", sent " + claims.sentAt()
                    + ", signed by key " + Bundles.kid(bundle.envelope()) + " (" + fingerprint(bundle, bundle.envelope()) + ")");
            out.println("  received by " + receipt.receiverAgency() + " at " + receipt.receiverNode() + ", " + receipt.receivedAt()
                    + ", receipt signed by key " + Bundles.kid(bundle.receipt()) + " (" + fingerprint(bundle, bundle.receipt()) + ")");
            out.println("  clause: sender " + claims.clause() + ", receiver " + receipt.clause());
            return 0;
        } catch (DomainException e) {
            out.println("INVALID: " + e.getMessage());
            return 1;
        } catch (IOException | JacksonException | IllegalStateException e) {
            err.println("cannot read the bundle: " + e.getMessage());
            return 2;
        }
    }

    /**
     * The receipt's acknowledgement of this envelope: a single receipt as signed, or the entry of a batch
     * receipt (ADR 0008) that names this message and this envelope's SHA-256; null if the batch lacks it.
     */
    private static @org.jspecify.annotations.Nullable Receipt receipt(JsonMapper json, Bundles.Bundle bundle,
                                                                      String messageId, String sha) {
        if (BatchReceipt.TYPE.equals(Envelopes.typeOf(bundle.receipt()))) {
            var batch = json.readValue(verify(bundle, bundle.receipt(), BatchReceipt.TYPE), BatchReceipt.class);
            return batch.receiptFor(messageId, sha).orElse(null);
        }
        return json.readValue(verify(bundle, bundle.receipt(), Receipt.TYPE), Receipt.class);
    }

    private static byte[] verify(Bundles.Bundle bundle, String compact, String type) {
        var jws = Jws.parse(compact, type);
        var key = bundle.keys().get(jws.getHeader().getKeyID());
        if (key == null) {
            throw new EnvelopeRejected(Rejection.UNKNOWN_KEY, "the bundle lacks key " + jws.getHeader().getKeyID());
        }
        Jws.verify(jws, key);
        return jws.getPayload().toBytes();
    }

    private static String fingerprint(Bundles.Bundle bundle, String compact) {
        return KeyExports.fingerprint(bundle.keys().get(Bundles.kid(compact)));
    }
}
