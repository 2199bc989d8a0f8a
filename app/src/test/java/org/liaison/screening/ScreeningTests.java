package org.liaison.screening;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.liaison.NodeTest;
import org.liaison.WithOfficer;
import org.liaison.matching.MatchKind;
import org.liaison.matching.TokenMatch;
import org.liaison.shared.Conflict;
import org.liaison.shared.InvalidInput;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

@NodeTest
@WithOfficer(username = "kh.officer", roles = { "OFFICER", "BORDER_OFFICER" }, agency = "KH/MOI")
class ScreeningTests {

    @Autowired Screening screening;
    @Autowired JdbcClient jdbc;

    @Test
    void aLatinPassportNameFindsALaoScriptAlertAndSaysWhy() {
        var alert = screening.issue(AlertMother.laoWarrant("ວຽງສະຫວັນ ພົມມະຈັກ"), null);

        var result = screening.screen(AlertMother.traveller("PHOMMACHAK VIENGSAVANH", "1984-03-17", "LA"), null);

        assertThat(alert.nameNative()).isEqualTo("ວຽງສະຫວັນ ພົມມະຈັກ");
        assertThat(alert.nameLatin()).as("a romanization is stored beside the original script").isNotBlank();
        assertThat(result.matches()).extracting(PossibleMatch::alert).contains(alert.id());
        var match = result.matches().stream().filter(m -> m.alert().equals(alert.id())).findFirst().orElseThrow();
        assertThat(match.score()).isGreaterThan(0.9);
        assertThat(match.tokens()).extracting(TokenMatch::kind).contains(MatchKind.ROMANIZED_FROM_LAO);
        assertThat(screening.hit(match.hit()).status()).isEqualTo(HitStatus.POSSIBLE);
        assertThat(audit("screening:" + result.screening())).containsExactly("SCREENING_PERFORMED");
    }

    @Test
    void aStrangerComesBackClearAndLeavesNoHit() {
        screening.issue(AlertMother.person("Bounthavy Sengdara"), null);

        var result = screening.screen(AlertMother.traveller("Maria Gonzalez", "1990-01-01", "ES"), null);

        assertThat(result.clear()).isTrue();
        assertThat(jdbc.sql("select count(*) from screening_hit where screening_id = ?").param(result.screening())
                .query(Long.class).single()).isZero();
    }

    @Test
    void aPastedPassportMrzFillsTheBlanksAndFindsTheStolenDocument() {
        var stolen = screening.issue(AlertMother.stolenPassport("N0904512"), null);
        var mrz = """
                P<KHMSOK<<PISETH<<<<<<<<<<<<<<<<<<<<<<<<<<<<
                N0904512<0KHM9001011M3101012<<<<<<<<<<<<<<06""";

        var result = screening.screen(new Traveller(null, null, null, null, null, null, null, mrz), null);

        assertThat(result.traveller().name()).isEqualTo("PISETH SOK");
        assertThat(result.traveller().nationality()).isEqualTo("KH");
        assertThat(result.traveller().dateOfBirth()).isEqualTo("1990-01-01");
        assertThat(result.matches()).extracting(PossibleMatch::alert, PossibleMatch::matchedOn)
                .contains(org.assertj.core.groups.Tuple.tuple(stolen.id(), PossibleMatch.MatchedOn.DOCUMENT));
    }

    @Test
    void screeningTheSameTravellerAgainReusesTheOpenHitRatherThanAddingAnother() {
        var alert = screening.issue(AlertMother.person("Somsack Phetsavong"), null);
        var first = hitOn(alert, screening.screen(AlertMother.traveller("Somsack Phetsavong", "1980", "LA"), null));

        var again = hitOn(alert, screening.screen(AlertMother.traveller(" somsack  PHETSAVONG", "1980", "LA"), null));
        var otherBirth = hitOn(alert, screening.screen(AlertMother.traveller("Somsack Phetsavong", "1981", "LA"), null));

        assertThat(again).as("same alert, same subject, still undecided").isEqualTo(first);
        assertThat(otherBirth).as("another date of birth is another subject").isNotEqualTo(first);
        assertThat(openHits(alert)).isEqualTo(2);
        screening.discard(first, "Someone else: another father's name");
        var afterDecision = hitOn(alert, screening.screen(AlertMother.traveller("Somsack Phetsavong", "1980", "LA"), null));
        assertThat(afterDecision).as("a decided hit is not reopened").isNotEqualTo(first);
    }

    private static HitId hitOn(Alert alert, ScreeningResult result) {
        return result.matches().stream().filter(m -> m.alert().equals(alert.id())).findFirst().orElseThrow().hit();
    }

    private long openHits(Alert alert) {
        return jdbc.sql("select count(*) from screening_hit where alert_id = ? and status = 'POSSIBLE'")
                .param(alert.id().value()).query(Long.class).single();
    }

    @Test
    void aConfirmedHitOnOwnAlertIsRecordedLocallyAndCannotBeDecidedTwice() {
        screening.issue(AlertMother.person("Khamphaeng Xayalath"), null);
        var match = screening.screen(AlertMother.traveller("Khamphaeng Xayalath", null, null), null).matches().getFirst();

        var confirmed = screening.confirm(match.hit(), "Same person; held at the counter");

        assertThat(confirmed.status()).isEqualTo(HitStatus.CONFIRMED);
        assertThat(confirmed.notice()).isEqualTo(HitNotice.LOCAL);
        assertThat(confirmed.decidedBy()).isEqualTo("kh.officer");
        assertThatThrownBy(() -> screening.discard(match.hit(), "changed my mind")).isInstanceOf(Conflict.class);
        assertThat(audit("hit:" + match.hit())).containsExactly("HIT_CONFIRMED");
    }

    @Test
    void discardingNeedsAReasonAndCountsAsAFalsePositive() {
        screening.issue(AlertMother.person("Phetsamone Vongphachanh"), null);
        var match = screening.screen(AlertMother.traveller("Phetsamone Vongphachan", null, null), null).matches().getFirst();

        assertThatThrownBy(() -> screening.discard(match.hit(), "  ")).isInstanceOf(InvalidInput.class);
        screening.discard(match.hit(), "Different date of birth and photo");

        var stats = screening.statistics(screening.today(), screening.today());
        assertThat(stats.discarded()).isPositive();
        assertThat(stats.falsePositiveRate()).isNotNull().isPositive();
    }

    @Test
    void statisticsCountEachScreeningOnTheDayItWasInTheZoneAsked() {
        screening.screen(AlertMother.traveller("Bounmy Phommachanh", null, null), null);
        var ahead = ZoneId.of("Pacific/Kiritimati");
        var behind = ZoneId.of("Etc/GMT+12");
        var today = LocalDate.now(ahead);

        // 26 hours apart: the day that has begun at UTC+14 has not yet begun at UTC-12.
        assertThat(screening.statistics(today, today, ahead).screenings()).isPositive();
        assertThat(screening.statistics(today, today, behind).screenings()).isZero();
    }

    @Test
    void aWithdrawnAlertNoLongerMatches() {
        var alert = screening.issue(AlertMother.person("Sengphet Douangmala"), null);
        assertThat(screening.screen(AlertMother.traveller("Sengphet Douangmala", null, null), null).matches())
                .extracting(PossibleMatch::alert).contains(alert.id());

        screening.withdraw(alert.id(), "Arrested on 20 November");

        assertThat(screening.screen(AlertMother.traveller("Sengphet Douangmala", null, null), null).matches())
                .extracting(PossibleMatch::alert).doesNotContain(alert.id());
        assertThatThrownBy(() -> screening.withdraw(alert.id(), "again")).isInstanceOf(Conflict.class);
    }

    @Test
    void refusesToScreenNothingAndWritesNothing() {
        long before = jdbc.sql("select count(*) from screening").query(Long.class).single();

        assertThatThrownBy(() -> screening.screen(Traveller.blank(), null)).isInstanceOf(InvalidInput.class);
        assertThatThrownBy(() -> screening.screen(Traveller.named("Somsak"), 0.2)).isInstanceOf(InvalidInput.class);
        assertThatThrownBy(() -> screening.screen(new Traveller(null, null, null, null, null, null, null, "NOT AN MRZ"), null))
                .isInstanceOf(InvalidInput.class).hasMessageContaining("2 lines of 44");

        assertThat(jdbc.sql("select count(*) from screening").query(Long.class).single()).isEqualTo(before);
    }

    @Test
    void refusesAnAlertOnAPersonWithoutAName() {
        var nameless = new AlertDraft(AlertSubject.PERSON, NoticeType.WARNING, null, null, null, null, null, null, null,
                null, "Armed", "Do not approach", null, null, List.of());

        assertThatThrownBy(() -> screening.issue(nameless, null)).isInstanceOf(InvalidInput.class)
                .hasMessageContaining("needs a name");
    }

    @Test
    void refusesToShareWithAPartnerNoNodeServes() {
        var draft = AlertMother.person("Vilaysack Phimmasone");
        var shared = new AlertDraft(draft.subject(), draft.noticeType(), null, draft.nameLatin(), null, null, null, null,
                null, null, draft.reason(), draft.action(), null, null, List.of("LA/MPS"));
        long before = jdbc.sql("select count(*) from screening_alert").query(Long.class).single();

        assertThatThrownBy(() -> screening.issue(shared, null)).isInstanceOf(InvalidInput.class)
                .hasMessageContaining("LA/MPS");
        assertThat(jdbc.sql("select count(*) from screening_alert").query(Long.class).single()).isEqualTo(before);
    }

    private List<String> audit(String subject) {
        return jdbc.sql("select action from audit_entry where subject = ? order by seq").param(subject)
                .query(String.class).list();
    }
}
