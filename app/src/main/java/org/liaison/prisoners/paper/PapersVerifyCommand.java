package org.liaison.prisoners.paper;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.HashSet;

import org.liaison.node.CompactJws;
import org.liaison.node.InvalidJws;
import org.liaison.shared.Sha256;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/**
 * Checks a bundle of transfer papers without a node or database, for a partner that runs none: the manifest's
 * signature with the key in the bundle, and that every document is there, unchanged, and no other. Prints the key's
 * fingerprint to compare with the one the sending state published. Run as
 * {@code java -cp app/target/classes:<classpath> org.liaison.prisoners.paper.PapersVerifyCommand FILE}.
 * Exit 0 valid, 1 invalid, 2 usage.
 */
public final class PapersVerifyCommand {

    private PapersVerifyCommand() {
    }

    public static void main(String[] args) {
        System.exit(run(args, System.out, System.err));
    }

    public static int run(String[] args, PrintStream out, PrintStream err) {
        if (args.length != 1) {
            err.println("usage: PapersVerifyCommand FILE");
            return 2;
        }
        try {
            var json = JsonMapper.builder().build();
            var bundle = json.readValue(Files.readString(Path.of(args[0])), PaperBundle.class);
            if (!PaperBundle.FORMAT.equals(bundle.format())) {
                out.println("INVALID: not a bundle of transfer papers (" + bundle.format() + ")");
                return 1;
            }
            var jws = CompactJws.parse(bundle.manifest(), PaperBundle.TYPE);
            CompactJws.verify(jws, bundle.publicJwk());
            var manifest = json.readValue(jws.getPayload().toBytes(), PaperBundle.Manifest.class);
            var problem = problem(bundle, manifest);
            if (problem != null) {
                out.println("INVALID: " + problem);
                return 1;
            }
            out.println("VALID papers of \"" + manifest.title() + "\" (plan " + manifest.plan() + "), from "
                    + manifest.from() + " at " + bundle.node() + " to " + manifest.to() + " under " + manifest.agreement()
                    + ", issued " + manifest.issuedAt());
            out.println("  signed by key " + jws.getHeader().getKeyID() + ", fingerprint "
                    + PaperBundles.fingerprint(bundle.publicJwk()) + ": compare it with the one the sending state published");
            manifest.documents().forEach(d -> out.println("  " + d.name() + "  " + d.bytes() + " bytes  sha256 " + d.sha256()));
            return 0;
        } catch (InvalidJws e) {
            out.println("INVALID: " + e.getMessage());
            return 1;
        } catch (JacksonException | IllegalArgumentException e) {
            out.println("INVALID: unreadable bundle: " + e.getMessage());
            return 1;
        } catch (java.io.IOException e) {
            err.println("cannot read " + args[0] + ": " + e.getMessage());
            return 2;
        }
    }

    private static @org.jspecify.annotations.Nullable String problem(PaperBundle bundle, PaperBundle.Manifest manifest) {
        var listed = new HashSet<String>();
        for (var document : manifest.documents()) {
            listed.add(document.name());
            var file = bundle.files().get(document.name());
            if (file == null) {
                return document.name() + " is missing";
            }
            var content = Base64.getDecoder().decode(file);
            if (content.length != document.bytes() || !Sha256.hex(content).equals(document.sha256())) {
                return document.name() + " was changed after signing";
            }
        }
        return listed.equals(bundle.files().keySet()) ? null : "the bundle holds documents the signature does not cover";
    }
}
