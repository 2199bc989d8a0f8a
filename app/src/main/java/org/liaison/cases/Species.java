package org.liaison.cases;

/**
 * Wildlife species seized in the region, after the CITES appendices (I: trade prohibited, II: controlled). A short
 * list for the demo; its scientific names are the key partners recognise.
 */
public enum Species {
    SUNDA_PANGOLIN("Manis javanica", "I"),
    TIGER("Panthera tigris", "I"),
    ASIAN_ELEPHANT("Elephas maximus", "I"),
    SUN_BEAR("Helarctos malayanus", "I"),
    ELONGATED_TORTOISE("Indotestudo elongata", "I"),
    LONG_TAILED_MACAQUE("Macaca fascicularis", "II"),
    TOKAY_GECKO("Gekko gecko", "II"),
    KING_COBRA("Ophiophagus hannah", "II");

    private final String scientificName;
    private final String appendix;

    Species(String scientificName, String appendix) {
        this.scientificName = scientificName;
        this.appendix = appendix;
    }

    public String scientificName() {
        return scientificName;
    }

    /** The CITES appendix: I or II. */
    public String appendix() {
        return appendix;
    }
}
