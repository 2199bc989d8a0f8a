package org.liaison.border.passes;

import java.util.EnumMap;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.liaison.border.Purpose;

/**
 * The two-letter codes a pass's QR code uses for purposes (ADR 0016). Fixed here, not derived from the enum's
 * names or order, because passes printed today are read by nodes of later versions; the verification script
 * (static/js/pass-verify.js) compares codes only.
 */
public final class PassPurposes {

    private static final Map<Purpose, String> CODES = new EnumMap<>(Map.of(
            Purpose.TRADE, "TR", Purpose.TOURISM, "TO", Purpose.MEDICAL_TREATMENT, "MD",
            Purpose.FAMILY_VISIT, "FV", Purpose.TRADITIONAL_CEREMONY, "CE", Purpose.WORK, "WK",
            Purpose.TRANSIT, "TS", Purpose.OFFICIAL, "OF"));

    private PassPurposes() {
    }

    public static String code(Purpose purpose) {
        return CODES.get(purpose);
    }

    public static @Nullable Purpose of(String code) {
        return CODES.entrySet().stream().filter(e -> e.getValue().equals(code)).map(Map.Entry::getKey).findFirst()
                .orElse(null);
    }
}
