package org.liaison.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.Locale;
import java.util.TimeZone;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.liaison.node.NodeSettings;
import org.liaison.node.ThisNodeMother;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.context.i18n.SimpleTimeZoneAwareLocaleContext;

class WhenTests {

    private static final Instant FOUND = Instant.parse("2026-12-04T09:37:05Z");

    private final When when = new When(ThisNodeMother.node(new NodeSettings("LA-1", "LA", "http://la", Path.of("x"), null)));

    @AfterEach
    void forget() {
        LocaleContextHolder.resetLocaleContext();
    }

    @Test
    void writesAnInstantInTheOfficersZoneAndNamesTheZone() {
        viewing("en", "Asia/Phnom_Penh");
        assertThat(when.dateTime(FOUND)).isEqualTo("4 Dec 2026, 16:37 UTC+7");
        viewing("en", "UTC");
        assertThat(when.dateTime(FOUND)).isEqualTo("4 Dec 2026, 09:37 UTC");
        viewing("en", "Asia/Yangon");
        assertThat(when.time(FOUND)).isEqualTo("16:07 UTC+6:30");
    }

    @Test
    void writesEachLanguageInItsOwnConventions() {
        viewing("vi", "Asia/Ho_Chi_Minh");
        assertThat(when.dateTime(FOUND)).isEqualTo("04/12/2026 16:37 UTC+7");
        assertThat(when.date(LocalDate.of(2026, 1, 15))).isEqualTo("15/01/2026");
        viewing("km", "Asia/Phnom_Penh");
        assertThat(when.dateTime(FOUND)).isEqualTo("4 ធ្នូ 2026 ម៉ោង 16:37 UTC+7");
        viewing("lo", "Asia/Vientiane");
        assertThat(when.dateTime(FOUND)).isEqualTo("4 ທັນວາ 2026 ເວລາ 16:37 UTC+7");
        assertThat(when.date(LocalDate.of(2026, 1, 15))).isEqualTo("15 ມັງກອນ 2026");
    }

    @Test
    void takesTheDayOfAnInstantWhereTheOfficerIs() {
        viewing("en", "Asia/Bangkok");
        assertThat(when.date(Instant.parse("2026-12-31T18:00:00Z"))).isEqualTo("1 Jan 2027");
        assertThat(when.date(OffsetDateTime.parse("2026-12-31T18:00:00Z"))).isEqualTo("1 Jan 2027");
    }

    @Test
    void leavesLocalValuesAsTheyAreWithoutAZone() {
        viewing("en", "UTC");
        assertThat(when.dateTime(LocalDateTime.of(2026, 3, 1, 8, 5))).isEqualTo("1 Mar 2026, 08:05");
        assertThat(when.time(LocalTime.of(6, 0))).isEqualTo("06:00");
        assertThat(when.range(LocalTime.of(6, 0), LocalTime.of(22, 0))).isEqualTo("06:00–22:00");
    }

    @Test
    void writesPeriodsOnceWhenBothEndsAreOneDay() {
        viewing("en", "Asia/Phnom_Penh");
        var day = LocalDate.of(2025, 11, 26);
        assertThat(when.range(day, day)).isEqualTo("26 Nov 2025");
        assertThat(when.range(day, day.plusDays(2))).isEqualTo("26 Nov 2025 – 28 Nov 2025");
        assertThat(when.range(FOUND, FOUND.plusSeconds(3600))).isEqualTo("4 Dec 2026, 16:37–17:37 UTC+7");
        assertThat(when.range(day, null)).isEqualTo("26 Nov 2025 – …");
    }

    @Test
    void showsADashForNothing() {
        viewing("km", "Asia/Phnom_Penh");
        assertThat(when.date(null)).isEqualTo("—");
        assertThat(when.dateTime(null)).isEqualTo("—");
        assertThat(when.time(null)).isEqualTo("—");
        assertThat(when.range(null, null)).isEqualTo("—");
    }

    @Test
    void fallsBackToTheNodesZoneOutsideARequest() {
        LocaleContextHolder.setLocale(Locale.ENGLISH);
        assertThat(when.zone()).isEqualTo(ZoneId.of("Asia/Vientiane"));
    }

    private static void viewing(String language, String zone) {
        LocaleContextHolder.setLocaleContext(new SimpleTimeZoneAwareLocaleContext(Locale.forLanguageTag(language),
                TimeZone.getTimeZone(ZoneId.of(zone))));
    }
}
