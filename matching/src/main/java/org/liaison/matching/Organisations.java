package org.liaison.matching;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The organisation side of normalisation: legal forms replaced by their main form and made weak, dotted
 * initials joined into an acronym (K.T.V. Holdings → ktv holdings), and the kind inferred from a legal form at
 * the end of a name when the caller did not say.
 */
final class Organisations {

    /** Words too common in company names to identify one; weigh little even before the index has learned so. */
    static final Set<String> GENERIC = Set.of("trading", "trade", "group", "holding", "holdings", "construction",
            "international", "intl", "industries", "industry", "industrial", "development", "investment",
            "investments", "services", "service", "import", "export", "general", "enterprise", "enterprises",
            "global", "company", "commercial", "logistics", "shipping", "manufacturing", "engineering",
            "import-export", "resources", "technology", "technologies", "partners", "associates", "the", "and",
            "of", "asia", "pacific", "mekong", "co", "corporation", "business", "supply", "travel", "tour",
            "transport", "real", "estate", "property", "finance", "financial", "capital");

    private Organisations() {
    }

    /** Whether the name ends with a legal form of at least three letters (ending the name: Sa and Ab are names). */
    static boolean looksLikeOrganisation(List<Token> tokens, LegalForms forms) {
        for (int len = Math.min(forms.longestPhrase(), tokens.size() - 1); len >= 1; len--) {
            int start = tokens.size() - len;
            String main = forms.main(tokens, start, len);
            if (main != null && (len > 1 || LegalForms.key(tokens.get(start)).length() >= 3)) {
                return true;
            }
        }
        return false;
    }

    static List<Token> normalise(List<Token> tokens, LegalForms forms) {
        List<Token> out = new ArrayList<>(tokens.size());
        int i = 0;
        while (i < tokens.size()) {
            int matched = 0;
            String main = null;
            for (int len = Math.min(forms.longestPhrase(), tokens.size() - i); len >= 1 && main == null; len--) {
                main = forms.main(tokens, i, len);
                matched = len;
            }
            if (main != null && matched < tokens.size()) {
                out.add(NameNormalizer.token(main, true));
                i += matched;
            } else if (isLetter(tokens.get(i)) && i + 1 < tokens.size() && isLetter(tokens.get(i + 1))) {
                StringBuilder acronym = new StringBuilder();
                while (i < tokens.size() && isLetter(tokens.get(i))) {
                    acronym.append(tokens.get(i).forms()[0]);
                    i++;
                }
                out.add(NameNormalizer.token(acronym.toString(), false));
            } else {
                out.add(tokens.get(i));
                i++;
            }
        }
        return out.isEmpty() ? tokens : out;
    }

    private static boolean isLetter(Token t) {
        return t.isInitial();
    }

    static boolean isGeneric(Token token) {
        return token.script() == Script.LATIN && GENERIC.contains(token.forms()[0]);
    }
}
