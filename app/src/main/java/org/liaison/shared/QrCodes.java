package org.liaison.shared;

import java.util.Map;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;

/** QR codes drawn as one SVG path: no inline script or style, so the pages that show them keep a strict CSP. */
public final class QrCodes {

    /** How much of a code may be lost and still read: M (15 %) for a screen, Q (25 %) for paper that gets folded. */
    public enum Sturdiness {
        SCREEN(ErrorCorrectionLevel.M), PAPER(ErrorCorrectionLevel.Q);

        private final ErrorCorrectionLevel level;

        Sturdiness(ErrorCorrectionLevel level) {
            this.level = level;
        }
    }

    private QrCodes() {
    }

    /** The text as an SVG of {@code size} pixels square, with a class for the page's style sheet. */
    public static String svg(String text, Sturdiness sturdiness, int size, String cssClass) {
        try {
            var matrix = new QRCodeWriter().encode(text, BarcodeFormat.QR_CODE, 0, 0,
                    Map.of(EncodeHintType.ERROR_CORRECTION, sturdiness.level, EncodeHintType.MARGIN, 4));
            var path = new StringBuilder();
            for (int y = 0; y < matrix.getHeight(); y++) {
                for (int x = 0; x < matrix.getWidth(); x++) {
                    if (matrix.get(x, y)) {
                        path.append('M').append(x).append(' ').append(y).append("h1v1h-1z");
                    }
                }
            }
            return "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 " + matrix.getWidth() + " " + matrix.getHeight()
                    + "\" width=\"" + size + "\" height=\"" + size + "\" class=\"" + cssClass
                    + "\" role=\"img\" shape-rendering=\"crispEdges\"><rect width=\"100%\" height=\"100%\" fill=\"#fff\"/>"
                    + "<path fill=\"#000\" d=\"" + path + "\"/></svg>";
        } catch (WriterException e) {
            throw new IllegalStateException("could not encode QR code", e);
        }
    }
}
