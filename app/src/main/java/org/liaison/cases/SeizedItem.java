package org.liaison.cases;

import static org.liaison.cases.Unit.CUBIC_METRES;
import static org.liaison.cases.Unit.G;
import static org.liaison.cases.Unit.HEAD;
import static org.liaison.cases.Unit.KG;
import static org.liaison.cases.Unit.LITRES;
import static org.liaison.cases.Unit.PIECES;
import static org.liaison.cases.Unit.TABLETS;

import java.util.EnumSet;
import java.util.Set;

/**
 * The controlled list of what is seized (drugs and precursors of seed 002, the goods, timber and wildlife of
 * seed 001), each with the units it may be counted in; wildlife is counted by head and names its species.
 */
public enum SeizedItem {
    METHAMPHETAMINE_TABLETS(EnumSet.of(TABLETS, KG)),
    CRYSTAL_METHAMPHETAMINE(EnumSet.of(KG, G)),
    HEROIN(EnumSet.of(KG, G)),
    OPIUM(EnumSet.of(KG, G)),
    CANNABIS(EnumSet.of(KG, G)),
    KETAMINE(EnumSet.of(KG, G)),
    PSEUDOEPHEDRINE(EnumSet.of(KG, G, TABLETS)),
    CAFFEINE(EnumSet.of(KG)),
    PRECURSOR_CHEMICALS_OTHER(EnumSet.of(KG, LITRES)),
    CIGARETTES(EnumSet.of(PIECES)),
    FUEL(EnumSet.of(LITRES)),
    GOODS_OTHER(EnumSet.of(PIECES, KG)),
    TIMBER(EnumSet.of(CUBIC_METRES)),
    WILDLIFE(EnumSet.of(HEAD)),
    CASH(EnumSet.of(PIECES));

    private final Set<Unit> units;

    SeizedItem(Set<Unit> units) {
        this.units = units;
    }

    public Set<Unit> units() {
        return EnumSet.copyOf(units);
    }

    public boolean countsIn(Unit unit) {
        return units.contains(unit);
    }

    /** Wildlife names its species; nothing else has one. */
    public boolean needsSpecies() {
        return this == WILDLIFE;
    }
}
