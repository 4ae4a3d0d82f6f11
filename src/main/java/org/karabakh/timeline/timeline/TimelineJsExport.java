package org.karabakh.timeline.timeline;

import org.karabakh.timeline.dates.DateView;
import org.karabakh.timeline.dates.PartialDate;
import org.karabakh.timeline.dates.Precision;
import org.karabakh.timeline.era.EraView;
import org.karabakh.timeline.event.EventView;

import java.time.LocalDate;
import java.util.List;

/** Builds the TimelineJS document from events and eras. */
final class TimelineJsExport {

    private TimelineJsExport() {
    }

    static TimelineJsDocument of(List<EventView> events, List<EraView> eras) {
        TimelineJsDocument.TitleSlide title = new TimelineJsDocument.TitleSlide(
                new TimelineJsDocument.Text("The Nagorno-Karabakh conflict",
                        "<p>Key dated events from 1923 to 2023, each grounded in verbatim quotes from news articles.</p>"));
        List<TimelineJsDocument.Slide> slides = events.stream().map(TimelineJsExport::slide).toList();
        List<TimelineJsDocument.EraBand> bands = eras.stream()
                .map(era -> new TimelineJsDocument.EraBand(day(era.span().earliest()), day(era.span().latest()),
                        new TimelineJsDocument.Text(era.name(), escape(era.description()))))
                .toList();
        return new TimelineJsDocument(title, slides, bands);
    }

    private static TimelineJsDocument.Slide slide(EventView event) {
        DateView date = event.date();
        StringBuilder text = new StringBuilder("<p>").append(escape(event.summary())).append("</p>");
        for (EventView.CitationView citation : event.citations()) {
            text.append("<blockquote>").append(escape(citation.quote())).append("</blockquote><p><cite>")
                    .append(escape(citation.sourceTitle()));
            if (citation.publisher() != null) {
                text.append(", ").append(escape(citation.publisher()));
            }
            text.append("</cite></p>");
        }
        return new TimelineJsDocument.Slide(known(date.earliest(), date.precision()),
                date.end() == null ? null : known(PartialDate.parse(date.end()).first(), date.precision()),
                date.display(), new TimelineJsDocument.Text(escape(event.title()), text.toString()), event.era().name(),
                event.id());
    }

    /** Only the parts of the date its precision knows: a year-precision date has only a year. */
    private static TimelineJsDocument.Date known(LocalDate date, Precision precision) {
        return switch (precision) {
            case YEAR -> new TimelineJsDocument.Date(date.getYear(), null, null);
            case MONTH -> new TimelineJsDocument.Date(date.getYear(), date.getMonthValue(), null);
            case DAY -> day(date);
        };
    }

    private static TimelineJsDocument.Date day(LocalDate date) {
        return new TimelineJsDocument.Date(date.getYear(), date.getMonthValue(), date.getDayOfMonth());
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
