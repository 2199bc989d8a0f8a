package org.liaison.agreements.pressrelease;

import java.util.regex.Pattern;

/**
 * The article itself, without what a news site prints after it: KPL's "other news" sidebar (ຂ່າວອື່ນໆ),
 * "Related" and "Read more" lists, whose dates and names belong to other stories.
 */
final class Body {

    private static final Pattern SIDEBAR = Pattern.compile("(?m)^\\s*(?:ຂ່າວອື່ນໆ|Related(?: news| articles| stories)?:?"
            + "|Other news|Read more|More news|See also|Most read)\\s*$");

    private Body() {
    }

    /** Where the article ends: the start of the first sidebar marker, or the text's end. */
    static int end(String text) {
        var m = SIDEBAR.matcher(text);
        return m.find() ? m.start() : text.length();
    }
}
