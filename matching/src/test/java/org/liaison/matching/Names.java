package org.liaison.matching;

import java.util.Arrays;
import java.util.List;

/** Test helpers: the Latin forms the normaliser gives each token of a name. */
final class Names {

    private Names() {
    }

    static List<List<String>> forms(String name) {
        return NameNormalizer.tokens(name).stream().map(t -> Arrays.asList(t.forms())).toList();
    }

    static List<String> texts(String name) {
        return NameNormalizer.tokens(name).stream().map(Token::text).toList();
    }

    static List<Boolean> weak(String name) {
        return NameNormalizer.tokens(name).stream().map(Token::weak).toList();
    }

    /** An index of Latin-script watchlist names, ids "0", "1"... in order. */
    static NameIndex indexOf(String... latinNames) {
        NameIndex index = new NameIndex();
        for (int i = 0; i < latinNames.length; i++) {
            index.add(Person.named(Integer.toString(i), latinNames[i]));
        }
        return index;
    }

    /** Distractors from several countries, so that a test hit must beat other plausible names. */
    static final String[] DISTRACTORS = {
        "Thanat Khoman", "Sam Sary", "Hun Neng", "Sok An", "Son Sen", "Thongsing Thammavong", "Somsak Sisavath",
        "Chuan Leekpai", "Prayut Chanthong", "Nguyen Van Thanh", "Kham Sen", "Manet Sok", "Sisoulath Vong",
        "Thaksin Chinnawong", "Sonexay Vongsa", "Kheng Sar", "Hor Namhong", "Somchai Wongsawat", "Tran Thi Lan"
    };
}
