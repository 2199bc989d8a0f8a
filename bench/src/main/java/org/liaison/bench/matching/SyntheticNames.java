package org.liaison.bench.matching;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A synthetic watchlist in five scripts: Latin names from the screening-un negatives, Vietnamese from
 * uit_member.json, Thai from the PyThaiNLP lists, Khmer and Lao from our own lists of common given and family
 * names, and (issue 16) names in other scripts (Chinese, Korean, Arabic, Cyrillic, Myanmar… as the screening-un
 * negatives write them) and organisations. Shares: 25 % Latin, 5 % other scripts, 5 % organisations, 20 %
 * Vietnamese, 25 % Thai, 10 % Khmer, 10 % Lao. Seeded, so every run is alike.
 */
final class SyntheticNames {

    static final String[] KHMER_FAMILY = ("ស៊ុន សុខ ចាន់ ហេង ជា លី គឹម ឈឹម ម៉ៅ ហ៊ុន សេង យិន ស៊ិន ពេជ្រ ឃឹម ណុប សួន ទេព "
            + "អ៊ុក ប៉ែន ស ខៀវ កែវ ព្រាប ទូច នួន ឡុង ម៉ម ស្រី វ៉ាង").split(" ");
    static final String[] KHMER_GIVEN = ("សុខា ដារ៉ា ចាន់ថា សុភា វណ្ណា ស្រីពៅ រតនា សុវណ្ណ ពិសិដ្ឋ បូរ៉ា វិចិត្រ សុផល ម៉ាលី "
            + "សុជាតិ ធារី រស្មី សំណាង វិសាល ចិន្តា សុខុម ណារី សុធា គន្ធា ពិសី ដាវី វាសនា រិទ្ធី ម៉ានិត").split(" ");
    static final String[] LAO_FAMILY = ("ສີສຸລິດ ພົມວິຫານ ສີພັນດອນ ວົງສະຫວັນ ໄຊຍະສອນ ແກ້ວມະນີ ພົມມະຈັນ ຈັນທະວົງ ສຸລິຍະວົງ "
            + "ບຸບຜາ ອິນທະວົງ ແສງສຸລິຍາ ພິລາວັນ ດວງດີ ສີຫາລາດ ວົງໄຊ ຄຳແສນ ມະນີວົງ ສີວິໄລ ພອນແກ້ວ").split(" ");
    static final String[] LAO_GIVEN = ("ສົມພອນ ບຸນມີ ຄຳໃສ ສົມສັກ ບົວສອນ ທອງສິງ ວິໄລ ແສງດາວ ນາລີ ສຸກສະຫວັນ ພອນສະຫວັນ ເພັດ "
            + "ມະນີ ຈັນທະລາ ສີສຸກ ບຸນທອງ ຄຳພອນ ອາລຸນ ດາລາ ສົມຈິດ").split(" ");

    private final Random random = new Random(20261125);
    private final List<String> latinFirst = new ArrayList<>();
    private final List<String> latinLast = new ArrayList<>();
    private final List<String> vietnamese = new ArrayList<>();
    private final List<String> thaiGiven = new ArrayList<>();
    private final List<String> thaiFamily = new ArrayList<>();
    private final List<String> otherScripts = new ArrayList<>();
    /** Organisation names: two Latin words, a trade and a legal form. */
    private static final String[] TRADES = {"Trading", "Construction", "Holdings", "Logistics", "Import Export",
        "Group", "Development", "Shipping", "Investment", "Garment"};
    private static final String[] FORMS = {"Co., Ltd.", "Company Limited", "LLC", "Pte Ltd", "JSC", "Inc.", "GmbH",
        "Sdn Bhd", ""};

    SyntheticNames(Path data) throws IOException {
        for (String[] r : Csv.read(data.resolve("screening-un/negatives_global.csv"))) {
            if (r[1].matches("[A-Za-z' -]+") && r[3].matches("[A-Za-z' -]+")) {
                latinFirst.add(r[1]);
                latinLast.add(r[3]);
            } else if (!r[0].isBlank() && r[0].codePoints().noneMatch(c -> c >= 0x0E00 && c <= 0x0E7F)
                    && r[0].codePoints().anyMatch(c -> c > 0x250 && Character.isLetter(c))) {
                otherScripts.add(r[0]);
            }
        }
        Matcher m = Pattern.compile("\"full_name\": \"([^\"]+)\"")
                .matcher(Files.readString(data.resolve("names/vietnamese/uit_member.json")));
        while (m.find()) {
            vietnamese.add(m.group(1));
        }
        Path thai = data.resolve("names/thai");
        thaiGiven.addAll(Files.readAllLines(thai.resolve("person_names_male_th.txt")));
        thaiGiven.addAll(Files.readAllLines(thai.resolve("person_names_female_th.txt")));
        thaiFamily.addAll(Files.readAllLines(thai.resolve("family_names_th.txt")));
    }

    String next() {
        int bucket = random.nextInt(100);
        if (bucket < 25) {
            return pick(latinFirst) + " " + pick(latinLast);
        }
        if (bucket < 30) {
            return otherScripts.isEmpty() ? pick(latinFirst) + " " + pick(latinLast) : pick(otherScripts);
        }
        if (bucket < 35) {
            return (pick(latinLast) + " " + pick(latinFirst) + " " + TRADES[random.nextInt(TRADES.length)] + " "
                    + FORMS[random.nextInt(FORMS.length)]).strip();
        }
        if (bucket < 55) {
            return vietnameseName();
        }
        if (bucket < 80) {
            return pick(thaiGiven).strip() + " " + pick(thaiFamily).strip();
        }
        // a second given name half of the time, as many Khmer and Lao names have, so the short lists do not
        // collapse into a few hundred distinct names
        if (bucket < 90) {
            return pick(KHMER_FAMILY) + " " + pick(KHMER_GIVEN) + (random.nextBoolean() ? " " + pick(KHMER_GIVEN) : "");
        }
        return pick(LAO_GIVEN) + (random.nextBoolean() ? " " + pick(LAO_GIVEN) : "") + " " + pick(LAO_FAMILY);
    }

    /** Recombined from real full names: family name of one, given names of another. */
    private String vietnameseName() {
        String[] a = pick(vietnamese).split(" ");
        String[] b = pick(vietnamese).split(" ");
        return a[0] + " " + String.join(" ", java.util.Arrays.copyOfRange(b, Math.min(1, b.length - 1), b.length));
    }

    /** A screening query for an entry: Latin names get a typo and lose their diacritics, others a typo. */
    String perturb(String name) {
        String folded = java.text.Normalizer.normalize(name, java.text.Normalizer.Form.NFD)
                .replaceAll("\\p{M}+", "").replace('đ', 'd').replace('Đ', 'D');
        boolean latin = folded.chars().allMatch(c -> c < 0x250);
        String base = latin ? folded : name;
        if (!latin || base.length() < 6) {
            return base;
        }
        int i = 1 + random.nextInt(base.length() - 2);
        if (base.charAt(i) == ' ' || base.charAt(i + 1) == ' ') {
            return base;
        }
        return base.substring(0, i) + base.charAt(i + 1) + base.charAt(i) + base.substring(i + 2);
    }

    private <T> T pick(List<T> list) {
        return list.get(random.nextInt(list.size()));
    }

    private <T> T pick(T[] array) {
        return array[random.nextInt(array.length)];
    }
}
