package org.liaison.shared;

/**
 * Every method-security rule of the node, named once (ADR 0012). Each is an expression over the {@code reach}
 * bean of the identity module, which answers from the caller's reach; modules below identity (directory, audit)
 * use them too, without depending on it.
 */
public final class Permissions {

    /** An officer who completed both sign-in steps, or the node itself. */
    public static final String SIGNED_IN = "@reach.signedIn()";
    /** Administrators of this node. */
    public static final String ADMIN = "@reach.administers()";
    /** Those who screen travellers and lists: officers, analysts, border officers. */
    public static final String SCREENS = "@reach.actsAs('OFFICER', 'ANALYST', 'BORDER_OFFICER')";
    /** Those who issue and withdraw alerts: officers and analysts. */
    public static final String ISSUES_ALERTS = "@reach.actsAs('OFFICER', 'ANALYST')";
    /** Those who confirm or discard hits: officers and border officers. */
    public static final String DECIDES_HITS = "@reach.actsAs('OFFICER', 'BORDER_OFFICER')";
    /** Those who register and manage agreements and committees: committee secretaries. */
    public static final String MANAGES_AGREEMENTS = "@reach.actsAs('COMMITTEE_SECRETARY')";
    /** Prosecutors only, not administrators (legal holds, mutual legal assistance). */
    public static final String PROSECUTES = "@reach.holds('PROSECUTOR')";
    /** Those who keep the foreign-prisoner registry and plan repatriations: prison officers. */
    public static final String HANDLES_PRISONERS = "@reach.actsAs('PRISON_OFFICER')";
    /** Those who work with cases: investigating officers, analysts, prosecutors, border officers. */
    public static final String WORKS_CASES = "@reach.actsAs('OFFICER', 'ANALYST', 'PROSECUTOR', 'BORDER_OFFICER')";
    /** Those who open and record cases: investigating officers and border officers. */
    public static final String RECORDS_CASES = "@reach.actsAs('OFFICER', 'BORDER_OFFICER')";
    /**
     * Those who may follow mutual legal assistance: prosecutors, and investigating officers (each request shows only
     * to its office's prosecutors and the investigators they named on it); sending and answering is {@link #PROSECUTES}.
     */
    public static final String FOLLOWS_LEGAL_ASSISTANCE = "@reach.holds('PROSECUTOR') or @reach.holds('OFFICER')";
    /** Those who record crossings at the checkpoints: border officers (and administrators). */
    public static final String RECORDS_CROSSINGS = "@reach.actsAs('BORDER_OFFICER')";

    private Permissions() {
    }
}
