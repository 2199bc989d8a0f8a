package org.liaison.cases.demo;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.liaison.cases.CaseStatus;
import org.liaison.cases.CaseType;
import org.liaison.cases.PersonRole;
import org.liaison.cases.SeizedItem;
import org.liaison.cases.Unit;
import org.liaison.cases.VehicleKind;

/**
 * The demo's cases, after seeds 001 (drug trafficking along the Cambodia–Laos border), 002 (the prosecutors'
 * transnational drug cases) and 004 (illegal crossings at unguarded points on the Cambodia–Viet Nam border). The
 * seeds report commitments and totals, not cases: every case, person, vehicle, quantity and value below is
 * invented, and each case says so in its {@code assumed} note, shown on its page.
 */
final class DemoCaseData {

    record Person(PersonRole role, @Nullable String original, String latin, String nationality, @Nullable LocalDate born,
                  List<String> documents) {
    }

    record Vehicle(VehicleKind kind, String plate, String country, String description) {
    }

    record Seized(SeizedItem item, BigDecimal quantity, Unit unit, @Nullable BigDecimal value, @Nullable String currency,
                  LocalDate on, String lot) {
    }

    record Seed(String key, String country, String number, CaseType type, String title, String summary, String lead,
                String province, String district, @Nullable String checkpoint, double latitude, double longitude,
                boolean unguarded, LocalDate occurred, CaseStatus status, String assumed, List<Person> persons,
                List<Vehicle> vehicles, List<Seized> seized) {
    }

    private DemoCaseData() {
    }

    static List<Seed> forCountry(String country) {
        return all().stream().filter(seed -> seed.country().equals(country)).toList();
    }

    static List<Seed> all() {
        return List.of(
                new Seed("la-meth-champasak", "LA", "LA/MPS-2025-D00001", CaseType.DRUG_TRAFFICKING,
                        "Methamphetamine tablets in a truck near Nong Nok Khiene",
                        "A truck heading south to the Cambodian border was stopped on Route 13 in Khong district. "
                                + "Methamphetamine tablets were hidden under sacks of rice; the driver was arrested.",
                        "LA/MPS", "Champasak", "Khong", "Nong Nok Khiene", 13.95, 105.96, false,
                        LocalDate.of(2025, 6, 12), CaseStatus.INVESTIGATING,
                        "seed 001 reports only the commitment to suppress drug trafficking along the border; the "
                                + "case, the driver, the truck, the quantity and the value are invented",
                        List.of(new Person(PersonRole.SUSPECT, "ສົມພອນ ວົງສະຫວັນ", "Somphone Vongsavanh", "LA",
                                LocalDate.of(1988, 3, 4), List.of("Lao ID 0123-4567 (invented)"))),
                        List.of(new Vehicle(VehicleKind.TRUCK, "CPS 4521", "LA", "Six-wheel truck, blue cab")),
                        List.of(new Seized(SeizedItem.METHAMPHETAMINE_TABLETS, new BigDecimal("120000"), Unit.TABLETS,
                                new BigDecimal("36000"), "USD", LocalDate.of(2025, 6, 12), "LA-2025-0612-A"))),
                new Seed("la-sppo-transnational", "LA", "LA/SPPO-2025-D00002", CaseType.PRECURSOR_CHEMICALS,
                        "Transnational crystal methamphetamine and precursor case for the prosecutors",
                        "Crystal methamphetamine and pseudoephedrine moved from northern Laos towards Stung Treng. "
                                + "The investigation is complete and the case file went to the Supreme People's "
                                + "Prosecutor's Office, to be coordinated with Cambodia under the 2024 MoU.",
                        "LA/SPPO", "Champasak", "Pakse", "Nong Nok Khiene", 15.12, 105.80, false,
                        LocalDate.of(2025, 4, 2), CaseStatus.REFERRED,
                        "seed 002 gives only Laos's totals (5,012 drug cases in 2024, 1,422 in the first five months "
                                + "of 2025); this case, its persons and seizures are invented",
                        List.of(new Person(PersonRole.SUSPECT, "ບຸນມີ ແກ້ວມະນີ", "Bounmy Keomany", "LA",
                                        LocalDate.of(1979, 11, 20), List.of()),
                                new Person(PersonRole.SUSPECT, "សុខ ដារ៉ា", "Sok Dara", "KH", LocalDate.of(1985, 1, 9),
                                        List.of("Cambodian passport N0001234 (invented)"))),
                        List.of(),
                        List.of(new Seized(SeizedItem.CRYSTAL_METHAMPHETAMINE, new BigDecimal("42.5"), Unit.KG,
                                        null, null, LocalDate.of(2025, 4, 2), "LA-2025-0402-B"),
                                new Seized(SeizedItem.PSEUDOEPHEDRINE, new BigDecimal("310"), Unit.KG, null, null,
                                        LocalDate.of(2025, 4, 2), "LA-2025-0402-C"))),
                new Seed("kh-meth-stung-treng", "KH", "KH/MOI/NP-2025-D00003", CaseType.DRUG_TRAFFICKING,
                        "Courier with methamphetamine tablets at Trapeang Kriel",
                        "A courier crossing from Laos was found with methamphetamine tablets at the checkpoint; "
                                + "he named a Lao driver as his supplier.",
                        "KH/MOI/NP", "Stung Treng", "Thala Barivat", "Trapeang Kriel", 13.93, 105.97, false,
                        LocalDate.of(2025, 6, 14), CaseStatus.INVESTIGATING,
                        "seed 001 reports only the commitment to suppress drug trafficking along the border; the "
                                + "courier, the supplier's name in Latin letters and the quantity are invented",
                        List.of(new Person(PersonRole.SUSPECT, "សុខ វណ្ណា", "Sok Vanna", "KH", LocalDate.of(1995, 7, 1),
                                        List.of()),
                                new Person(PersonRole.SUSPECT, null, "Somphone Vongsavan", "LA", null, List.of())),
                        List.of(new Vehicle(VehicleKind.MOTORCYCLE, "STG 1A-2345", "KH", "Red motorcycle")),
                        List.of(new Seized(SeizedItem.METHAMPHETAMINE_TABLETS, new BigDecimal("4000"), Unit.TABLETS,
                                new BigDecimal("1200"), "USD", LocalDate.of(2025, 6, 14), "KH-2025-0614-A"))),
                new Seed("kh-unguarded-svay-rieng", "KH", "KH/MOI/GDI-2025-D00004", CaseType.ILLEGAL_BORDER_CROSSING,
                        "Illegal crossing of people and goods at an unguarded point in Svay Rieng",
                        "A patrol met a group crossing from Viet Nam on a field path away from the checkpoint, "
                                + "carrying cigarettes and fuel on which no duty was paid.",
                        "KH/MOI/GDI", "Svay Rieng", "Chantrea", "Bavet", 11.05, 105.98, true,
                        LocalDate.of(2025, 8, 20), CaseStatus.REPORTED,
                        "seed 004 says only that people and goods cross at unguarded points on the Cambodia–Viet "
                                + "Nam border and evade taxes; the place, the persons and the goods are invented",
                        List.of(new Person(PersonRole.SUSPECT, "Nguyễn Văn Hải", "Nguyen Van Hai", "VN", LocalDate.of(1990, 2, 14),
                                        List.of()),
                                new Person(PersonRole.WITNESS, "ចាន់ សុភា", "Chan Sophea", "KH", null, List.of())),
                        List.of(new Vehicle(VehicleKind.MOTORCYCLE, "SVR 1B-0042", "KH", "Motorcycle with a cargo rack")),
                        List.of(new Seized(SeizedItem.CIGARETTES, new BigDecimal("5000"), Unit.PIECES,
                                        new BigDecimal("4000000"), "KHR", LocalDate.of(2025, 8, 20), "KH-2025-0820-A"),
                                new Seized(SeizedItem.FUEL, new BigDecimal("200"), Unit.LITRES, null, null,
                                        LocalDate.of(2025, 8, 20), "KH-2025-0820-B"))),
                new Seed("vn-unguarded-tay-ninh", "VN", "VN/MND/BG-2025-D00005", CaseType.SMUGGLING_OF_GOODS,
                        "Goods carried across an unguarded path in Tay Ninh",
                        "Border guards stopped porters carrying sugar and cigarettes from Cambodia along a path "
                                + "between two checkpoints, to avoid import duties.",
                        "VN/MND/BG", "Tay Ninh", "Tan Bien", "Xa Mat", 11.70, 105.95, true,
                        LocalDate.of(2025, 9, 3), CaseStatus.INVESTIGATING,
                        "seed 004 says only that goods cross at unguarded points and evade taxes; the place, the "
                                + "porters and the goods are invented",
                        List.of(new Person(PersonRole.SUSPECT, "Trần Văn Bình", "Tran Van Binh", "VN", null, List.of())),
                        List.of(),
                        List.of(new Seized(SeizedItem.GOODS_OTHER, new BigDecimal("1500"), Unit.KG,
                                new BigDecimal("30000000"), "VND", LocalDate.of(2025, 9, 3), "VN-2025-0903-A"))));
    }
}
