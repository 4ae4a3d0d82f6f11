package org.karabakh.timeline.dates;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class DatingTest {

    @Test
    void shouldSpanWholeYearsForAYearPrecisionSpan() {
        Dating war = Dating.of(PartialDate.parse("1992"), PartialDate.parse("1994"), null, false, null, null);

        assertThat(war.display).isEqualTo("1992–1994");
        assertThat(war.start).isEqualTo(LocalDate.of(1992, 1, 1));
        assertThat(war.latest).isEqualTo(LocalDate.of(1994, 12, 31));
    }

    @Test
    void shouldPutTheQualifierBeforeTheDisplay() {
        Dating lateMay = Dating.of(PartialDate.parse("2023-05"), null, Qualifier.LATE, true, "this year", null);

        assertThat(lateMay.display).isEqualTo("late May 2023");
        assertThat(lateMay.latest).isEqualTo(LocalDate.of(2023, 5, 31));
    }

    @Test
    void shouldLeaveAnAfterDateOpenEnded() {
        Dating after = Dating.of(PartialDate.parse("2020-11-10"), null, Qualifier.AFTER, true, "undated", null);

        assertThat(after.display).isEqualTo("after 10 November 2020");
        assertThat(after.latest).isNull();
    }

    @Test
    void shouldRejectAnEndBeforeTheStart() {
        assertThatThrownBy(() -> Dating.of(PartialDate.parse("1994"), PartialDate.parse("1992"), null, false, null, null))
                .hasMessage("end '1992' is before start '1994'");
    }

    @Test
    void shouldRejectAnEndWithAnotherPrecision() {
        assertThatThrownBy(() -> Dating.of(PartialDate.parse("1992"), PartialDate.parse("1994-05"), null, false, null, null))
                .hasMessageContaining("same precision");
    }

    @Test
    void shouldKeepAnExplicitDisplay() {
        Dating dating = Dating.of(PartialDate.parse("2020-11-09"), null, null, false, null, "the night of 9 November");

        assertThat(dating.display).isEqualTo("the night of 9 November");
    }

    @Test
    void shouldCoverADayInsideItsMonth() {
        Dating lateSeptember = Dating.of(PartialDate.parse("2020-09"), null, Qualifier.LATE, false, null, null);

        assertThat(lateSeptember.covers(day("2020-09-27"))).isTrue();
    }

    @Test
    void shouldCoverAMonthInsideItsYear() {
        Dating year = Dating.of(PartialDate.parse("1988"), null, null, false, null, null);

        assertThat(year.covers(Dating.of(PartialDate.parse("1988-02"), null, null, false, null, null))).isTrue();
    }

    @Test
    void shouldNotCoverTheDayBefore() {
        assertThat(day("2020-11-10").covers(day("2020-11-09"))).isFalse();
    }

    @Test
    void shouldNotCoverAYearFromADayOfIt() {
        assertThat(day("1988-02-01").covers(Dating.of(PartialDate.parse("1988"), null, null, false, null, null)))
                .isFalse();
    }

    @Test
    void shouldCoverEveryLaterDayWhenOpenEnded() {
        Dating after = Dating.of(PartialDate.parse("2020-11-10"), null, Qualifier.AFTER, true, "undated", null);

        assertThat(after.covers(day("2023-09-20"))).isTrue();
    }

    @Test
    void shouldNotCoverAnOpenEndedDateWhenBounded() {
        Dating after = Dating.of(PartialDate.parse("2020-11-10"), null, Qualifier.AFTER, true, "undated", null);

        assertThat(Dating.of(PartialDate.parse("2020"), null, null, false, null, null).covers(after)).isFalse();
    }

    private static Dating day(String iso) {
        return Dating.of(PartialDate.parse(iso), null, null, false, null, null);
    }
}
