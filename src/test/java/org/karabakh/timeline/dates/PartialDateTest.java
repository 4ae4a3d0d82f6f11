package org.karabakh.timeline.dates;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PartialDateTest {

    @Test
    void shouldTakeTheFormAsThePrecision() {
        assertThat(PartialDate.parse("1923").precision()).isEqualTo(Precision.YEAR);
        assertThat(PartialDate.parse("1988-02").precision()).isEqualTo(Precision.MONTH);
        assertThat(PartialDate.parse("2020-11-09").precision()).isEqualTo(Precision.DAY);
    }

    @Test
    void shouldCoverTheWholePeriodOfACoarseDate() {
        assertThat(PartialDate.parse("1993").first()).isEqualTo(LocalDate.of(1993, 1, 1));
        assertThat(PartialDate.parse("1993").last()).isEqualTo(LocalDate.of(1993, 12, 31));
        assertThat(PartialDate.parse("1988-02").last()).isEqualTo(LocalDate.of(1988, 2, 29));
        assertThat(PartialDate.parse("2020-11-09").last()).isEqualTo(LocalDate.of(2020, 11, 9));
    }

    @Test
    void shouldWriteBackTheFormItWasGiven() {
        assertThat(PartialDate.parse("1988-02").iso()).isEqualTo("1988-02");
        assertThat(PartialDate.parse("1988-02").display()).isEqualTo("February 1988");
        assertThat(PartialDate.parse("2020-11-09").display()).isEqualTo("9 November 2020");
    }

    @Test
    void shouldRejectAnImpossibleDate() {
        assertThatThrownBy(() -> PartialDate.parse("2020-13-45")).hasMessageContaining("not a real calendar date");
        assertThatThrownBy(() -> PartialDate.parse("2021-02-29")).hasMessageContaining("not a real calendar date");
    }

    @Test
    void shouldRejectAnythingButTheThreeForms() {
        assertThatThrownBy(() -> PartialDate.parse("9 November 2020")).hasMessageContaining("YYYY, YYYY-MM or YYYY-MM-DD");
        assertThatThrownBy(() -> PartialDate.parse("20201109")).hasMessageContaining("YYYY, YYYY-MM or YYYY-MM-DD");
    }
}
