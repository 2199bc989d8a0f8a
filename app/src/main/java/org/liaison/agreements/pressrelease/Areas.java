package org.liaison.agreements.pressrelease;

import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import org.liaison.agreements.CooperationArea;
import org.liaison.agreements.Finding;
import org.liaison.agreements.Finding.Kind;

/**
 * The cooperation areas a release names, from a taxonomy matched on folded text: lower case, hyphens read as
 * spaces ("trans-national", "human-trafficking"), singular and plural alike ("visit", "visits"), and words joined
 * in a list ("human and drug trafficking" names both). An offence a prisoner was convicted of is not an area.
 */
final class Areas {

    private static final List<Map.Entry<Pattern, CooperationArea>> TAXONOMY = List.of(
            area("human (?:and \\w+ )?traffick\\w*|traffick\\w* (?:of|in) (?:people|persons|women|children|humans?)"
                    + "|counter ?trafficking|anti ?human trafficking|trafficking of people", CooperationArea.HUMAN_TRAFFICKING),
            area("drugs?|narcotics?|methamphetamines?|heroin|precursors?|anti ?drug", CooperationArea.DRUG_TRAFFICKING),
            area("border (?:security|management|control|crossings?|checkpoints?|patrols?|issues|questions|affairs"
                    + "|demarcation|markers?|committees?|liaison|areas?|regulations|provinces?|authorities)"
                    + "|(?:along|on|across) (?:the |their |its )?(?:shared |common |long )?(?:international )?border"
                    + "|(?:on )?both sides of the border|illegal(?:ly)? cross\\w*|cross\\w* illegally|demarcation|shared border|common border(?:line)?",
                    CooperationArea.BORDER_MANAGEMENT),
            area("smuggl\\w*", CooperationArea.SMUGGLING),
            area("deforestation|illegal logging|timber", CooperationArea.ILLEGAL_LOGGING),
            area("poaching|hunting|wildlife", CooperationArea.WILDLIFE_CRIME),
            area("trans ?national (?:organi[sz]ed )?crimes?|cross ?border crimes?", CooperationArea.CROSS_BORDER_CRIME),
            area("transit of people|tourism exchanges?|family visits?|facilitat\\w* (?:of )?visits?|visit relatives"
                    + "|immigration (?:facilitation|procedures)|easier immigration|lawful exit and entry"
                    + "|legitimate exit and entry|cross ?border access|(?:help|support|assistance) for (?:migrants|immigrants)",
                    CooperationArea.LAWFUL_TRANSIT),
            area("prisons?|detainees?|convicted persons|repatriation of (?:convicted|prisoners|sentenced)"
                    + "|transfer of (?:sentenced|prisoners)", CooperationArea.PRISONS),
            area("prosecut\\w*|judicial collaboration|mutual legal assistance", CooperationArea.PROSECUTION),
            area("capacity building|build(?:ing)? up (?:the )?capacity|training of|(?:personnel|human resources?) training"
                    + "|human resource development|training and|offered to train|training courses?", CooperationArea.CAPACITY_BUILDING),
            area("double taxation|tax evasion", CooperationArea.TAXATION),
            area("(?:bilateral|cross ?border|mutual|border|promot\\w*(?: of)?|economy,?|economic|politics,) trade"
                    + "|trade(?:,| and) (?:investment|tourism|energy|economic)|trade (?:cooperation|relations|exchanges?)"
                    + "|investment", CooperationArea.TRADE),
            area("cultural|culture|arts cooperation", CooperationArea.CULTURE),
            area("agricultur\\w*|farming|forestry|fisheries", CooperationArea.AGRICULTURE),
            area("security cooperation|security environment|border security|defen[cs]e and security|political security"
                    + "|security and (?:public )?order|public order|national security|non traditional security"
                    + "|security area|in the security|security and crime prevention|on security", CooperationArea.SECURITY));

    private static final Pattern CONVICTED = Pattern.compile("(?i)\\b(?:convicted|sentenced|jailed|imprisoned|detained"
            + "|charged|arrested|serving)\\b(?:\\s+\\S+){0,5}\\s+(?:for|of)\\s+(?:\\S+\\s+){0,2}$");

    private Areas() {
    }

    static Set<CooperationArea> read(String body, List<Finding> findings) {
        var folded = body.toLowerCase(java.util.Locale.ROOT).replaceAll("(?<=\\p{L})[-‐](?=\\p{L})", " ");
        var areas = EnumSet.noneOf(CooperationArea.class);
        for (var e : TAXONOMY) {
            var m = e.getKey().matcher(folded);
            while (m.find()) {
                if (!CONVICTED.matcher(folded.substring(Math.max(0, m.start() - 80), m.start())).find()) {
                    areas.add(e.getValue());
                    findings.add(new Finding(Kind.AREA, m.start(), m.end(), body.substring(m.start(), m.end()),
                            e.getValue().name()));
                }
            }
        }
        return areas;
    }

    private static Map.Entry<Pattern, CooperationArea> area(String regex, CooperationArea area) {
        return Map.entry(Pattern.compile("\\b(?:" + regex + ")\\b"), area);
    }
}
