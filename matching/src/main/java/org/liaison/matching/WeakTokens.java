package org.liaison.matching;

import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Titles, honorifics and particles. They are kept (an alert may carry them) but weigh little, because two
 * different people share them: "H.E.", Khmer ឯកឧត្តម (His Excellency), Lao ທ່ານ, Thai พล.ต.อ., Vietnamese
 * middle names Thị and Văn that mark gender rather than identity.
 */
final class WeakTokens {

    private static final Set<String> WEAK = Set.of(
            "mr", "mrs", "ms", "miss", "mx", "dr", "prof", "sir", "madam", "mme", "m", "he", "h.e.", "hon",
            "gen", "col", "capt", "maj", "lt", "sgt", "pol", "haji", "hajji", "sheikh", "shaykh", "mullah",
            "al", "el", "bin", "ibn", "ben", "bint", "abu", "van", "von", "der", "de", "da", "di", "la", "le",
            "thi", "thị", "văn", "samdech", "oknha", "lok", "lok srey", "neak", "khun", "thao", "nang", "sao",
            "than", "phra", "mom", "rajawongse", "luang", "ông", "bà", "general", "colonel", "major",
            "lieutenant", "brigadier", "admiral", "captain", "excellency", "his", "her", "brig", "adm", "police",
            "binti", "bte", "dato", "datuk",
            // Khmer: His Excellency, Mr, Mrs, Oknha (tycoon title), Samdech, Lok Chumteav, Miss
            "ឯកឧត្តម", "លោក", "លោកស្រី", "អ្នកឧកញ៉ា", "ឧកញ៉ា", "សម្ដេច", "សម្តេច", "លោកជំទាវ", "កញ្ញា", "អ្នក",
            "ឯកឧត្ដម", "ទ្រង់", "ព្រះ",
            // Lao: Mr/His Excellency, Mr (young), Ms, "name", Madam, comrade
            "ທ່ານ", "ທ້າວ", "ນາງ", "ຊື່", "ທ່ານນາງ", "ສະຫາຍ", "ພະນະທ່ານ", "ດຣ", "ດຣ.",
            // Thai: Mr, Mrs, Miss, boy, girl, Dr, police and army ranks, Khun, royal ranks
            "นาย", "นาง", "นางสาว", "ด.ช.", "ด.ญ.", "ดร.", "พล.ต.อ.", "พล.ต.ท.", "พล.ต.ต.", "พล.อ.", "พล.ท.",
            "พล.ต.", "พ.ต.อ.", "พ.ต.ท.", "ร.ต.อ.", "คุณ", "ม.ร.ว.", "ม.ล.", "หม่อมราชวงศ์", "หม่อมหลวง", "พระ",
            "ศ.", "รศ.", "ผศ.", "นพ.", "พญ.", "พลเอก", "พลโท", "พลตรี", "พันเอก", "พลตำรวจเอก", "พลตำรวจโท",
            "พลตำรวจตรี", "พันตำรวจเอก", "พันตำรวจโท", "ร้อยตำรวจเอก", "พลเรือเอก", "พลอากาศเอก", "ท่าน",
            "ພົນເອກ", "ພົນໂທ", "ພົນຕີ", "ພັນເອກ", "ພົນຈັດຕະວາ",
            // Arabic article and patronymic particles (son of, daughter of, father of)
            "ال", "بن", "ابن", "بنت", "أبو", "ابو");

    /** Thai, Lao and Khmer titles written fused to the given name (นายทักษิณ, ທ່ານທອງລຸນ); longest first. */
    private static final String[] THAI_FUSED = java.util.stream.Stream.of("นางสาว", "นาย", "นาง", "ด.ช.", "ด.ญ.",
            "ดร.", "พล.ต.อ.", "พล.อ.", "คุณ", "พลเอก", "พลโท", "พลตรี", "พันเอก", "พลตำรวจเอก", "พลตำรวจโท",
            "พลตำรวจตรี", "พันตำรวจเอก", "พล.ต.ท.", "พล.ต.ต.", "พ.ต.อ.", "นพ.",
            // Lao, written fused the same way: Mr/His Excellency, Madam, Mr (young), Ms, General
            "ທ່ານນາງ", "ທ່ານ", "ທ້າວ", "ນາງ", "ພົນເອກ", "ພົນໂທ", "ພົນຕີ", "ພັນເອກ",
            // Khmer titles run into the name when the writer omits the space
            "ឯកឧត្តម", "ឯកឧត្ដម", "លោកជំទាវ", "សម្តេច", "សម្ដេច", "អ្នកឧកញ៉ា", "ឧកញ៉ា", "លោកស្រី")
            .sorted((a, b) -> b.length() - a.length()).toArray(String[]::new);

    private WeakTokens() {
    }

    static boolean isWeak(String lower) {
        return WEAK.contains(lower);
    }

    /** The title fused to the front of a Thai token, or null; needs two characters left so names survive. */
    static @Nullable String fusedThaiTitle(String token) {
        for (String title : THAI_FUSED) {
            if (token.startsWith(title) && token.length() >= title.length() + 2) {
                return title;
            }
        }
        return null;
    }
}
