package org.karabakh.timeline.dates;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The EDTF (ISO 8601-2) form of every precision, qualifier and span the seeds can express. */
class EdtfTest {

    @Test
    void shouldWriteADayAsItsCalendarDate() {
        assertThat(edtf("2020-11-09", null, null)).isEqualTo("2020-11-09");
    }

    @Test
    void shouldWriteAMonthAsYearAndMonth() {
        assertThat(edtf("1988-02", null, null)).isEqualTo("1988-02");
    }

    @Test
    void shouldWriteAYearAsFourDigits() {
        assertThat(edtf("1923", null, null)).isEqualTo("1923");
    }

    @Test
    void shouldWriteAYearSpanAsAnInterval() {
        assertThat(edtf("1992", "1994", null)).isEqualTo("1992/1994");
    }

    @Test
    void shouldWriteAMonthSpanAsAnInterval() {
        assertThat(edtf("2020-09", "2023-09", null)).isEqualTo("2020-09/2023-09");
    }

    @Test
    void shouldWriteADaySpanAsAnInterval() {
        assertThat(edtf("2023-09-19", "2023-09-20", null)).isEqualTo("2023-09-19/2023-09-20");
    }

    @Test
    void shouldWriteASpanEndingWhereItStartsAsOneDate() {
        assertThat(edtf("1994", "1994", null)).isEqualTo("1994");
    }

    @Test
    void shouldWriteAnAfterDateAsAnIntervalWithAnOpenEnd() {
        assertThat(edtf("2020-11-10", null, Qualifier.AFTER)).isEqualTo("2020-11-10/..");
    }

    @Test
    void shouldWriteAnAfterMonthAsAnIntervalWithAnOpenEnd() {
        assertThat(edtf("2020-11", null, Qualifier.AFTER)).isEqualTo("2020-11/..");
    }

    @Test
    void shouldMarkACircaYearApproximate() {
        assertThat(edtf("2020", null, Qualifier.CIRCA)).isEqualTo("2020~");
    }

    @Test
    void shouldMarkACircaDayApproximate() {
        assertThat(edtf("2020-11-09", null, Qualifier.CIRCA)).isEqualTo("2020-11-09~");
    }

    @Test
    void shouldMarkBothEndsOfACircaSpanApproximate() {
        assertThat(edtf("1992", "1994", Qualifier.CIRCA)).isEqualTo("1992~/1994~");
    }

    @Test
    void shouldWriteALateMonthAsTheWholeMonth() {
        assertThat(edtf("2023-05", null, Qualifier.LATE)).isEqualTo("2023-05");
    }

    @Test
    void shouldWriteAnEarlyYearAsTheWholeYear() {
        assertThat(edtf("1992", null, Qualifier.EARLY)).isEqualTo("1992");
    }

    @Test
    void shouldWriteALateSpanAsTheWholeSpan() {
        assertThat(edtf("1992", "1994", Qualifier.LATE)).isEqualTo("1992/1994");
    }

    @Test
    void shouldServeTheSameFormInTheDateView() {
        Dating lateMay = Dating.of(PartialDate.parse("2023-05"), null, Qualifier.LATE, true, "this year", null);

        assertThat(DateView.of(lateMay).edtf()).isEqualTo("2023-05");
    }

    private static String edtf(String start, String end, Qualifier qualifier) {
        return Edtf.of(Dating.of(PartialDate.parse(start), end == null ? null : PartialDate.parse(end), qualifier,
                false, null, null));
    }
}
