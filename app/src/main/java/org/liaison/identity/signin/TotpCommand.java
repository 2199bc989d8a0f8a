package org.liaison.identity.signin;

import java.time.Instant;

/**
 * Prints the current authenticator code for a base32 secret: {@code ./liaison totp SECRET} (demo and
 * operators' smoke tests; real officers use an authenticator app).
 */
public final class TotpCommand {

    private TotpCommand() {
    }

    public static void main(String[] args) {
        if (args.length != 1) {
            System.err.println("usage: totp BASE32SECRET");
            System.exit(2);
        }
        var now = Instant.now();
        var left = Totp.STEP.toSeconds() - now.getEpochSecond() % Totp.STEP.toSeconds();
        System.out.println(Totp.code(args[0], now) + "   (valid for " + left + " more seconds)");
    }
}
