package org.karabakh.timeline.event;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.ws.rs.core.StreamingOutput;
import org.karabakh.timeline.dates.DateView;
import org.karabakh.timeline.web.Format;
import org.karabakh.timeline.web.GeoJson;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Renders events as CSV (RFC 4180), iCalendar (RFC 5545), GeoJSON (RFC 7946) and NDJSON, whole or
 * streamed. The CSV columns added after the first release ({@code edtf}, {@code sources_disagree}) come
 * last, so positions stay put.
 */
public final class EventFormats {

    static final List<String> CSV_COLUMNS = List.of("id", "start", "end", "precision", "qualifier", "display",
            "inferred", "type", "era", "title", "summary", "actors", "places", "source_ids", "edtf", "sources_disagree");

    private static final DateTimeFormatter ICS_DATE = DateTimeFormatter.BASIC_ISO_DATE;
    private static final DateTimeFormatter ICS_INSTANT = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'")
            .withZone(ZoneOffset.UTC);

    private EventFormats() {
    }

    /**
     * Writes one representation of a list of events: its opening, each event, its closing. The same writer
     * renders a short list whole and streams a long one a chunk at a time, so both send the same bytes.
     * A writer is used for one answer: GeoJSON remembers whether a feature came before.
     */
    public interface EventWriter {

        default void begin(StringBuilder out) {
        }

        void event(StringBuilder out, EventView event);

        default void end(StringBuilder out) {
        }
    }

    /** The writer of an export format (CSV, iCalendar, GeoJSON, NDJSON); JSON is a page, not an export. */
    public static EventWriter writer(Format format, ObjectMapper json) {
        return switch (format) {
            case CSV -> new CsvWriter();
            case ICS -> new CalendarWriter("conflict-timeline");
            case GEOJSON -> new GeoJsonWriter(json);
            case NDJSON -> (out, event) -> out.append(toJson(json, event)).append('\n');
            case JSON -> throw new IllegalArgumentException("JSON lists are pages, not exports");
        };
    }

    /** The whole representation of the events {@code chunks} hands over, in one string. */
    public static String whole(EventWriter writer, EventService.EventChunks chunks) {
        StringBuilder out = new StringBuilder();
        writer.begin(out);
        chunks.forEach(events -> events.forEach(event -> writer.event(out, EventView.of(event))));
        writer.end(out);
        return out.toString();
    }

    /**
     * The representation of the events {@code chunks} hands over, written and flushed a chunk at a time, so
     * the client sees the answer advance and the server holds one chunk of it.
     */
    public static StreamingOutput streamed(EventWriter writer, EventService.EventChunks chunks) {
        return out -> {
            StringBuilder text = new StringBuilder();
            writer.begin(text);
            chunks.forEach(events -> {
                events.forEach(event -> writer.event(text, EventView.of(event)));
                send(text, out);
            });
            writer.end(text);
            send(text, out);
        };
    }

    private static void send(StringBuilder text, OutputStream out) {
        try {
            out.write(text.toString().getBytes(StandardCharsets.UTF_8));
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        text.setLength(0);
    }

    private static final class CsvWriter implements EventWriter {

        @Override
        public void begin(StringBuilder out) {
            csvRow(out, CSV_COLUMNS);
        }

        @Override
        public void event(StringBuilder out, EventView e) {
            DateView d = e.date();
            csvRow(out, List.of(e.id(), d.start(), nullToEmpty(d.end()), d.precision().code(),
                    d.qualifier() == null ? "" : d.qualifier().code(), d.display(), Boolean.toString(d.inferred()),
                    e.type().code(), e.era().id(), e.title(), e.summary(),
                    e.actors().stream().map(a -> a.name() + " (" + a.role().code() + ")").collect(Collectors.joining("; ")),
                    e.places().stream().map(EventView.PlaceRef::name).collect(Collectors.joining("; ")),
                    e.citations().stream().map(EventView.CitationView::sourceId).distinct().collect(Collectors.joining(" ")),
                    d.edtf(), Boolean.toString(e.sourcesDisagree())));
        }
    }

    private static void csvRow(StringBuilder out, List<String> fields) {
        for (int i = 0; i < fields.size(); i++) {
            if (i > 0) {
                out.append(',');
            }
            String field = fields.get(i);
            if (field.contains(",") || field.contains("\"") || field.contains("\r") || field.contains("\n")) {
                out.append('"').append(field.replace("\"", "\"\"")).append('"');
            } else {
                out.append(field);
            }
        }
        out.append("\r\n");
    }

    /**
     * One all-day VEVENT per event over the whole span its precision implies: a year-precision
     * event covers its year. Open-ended dates cover their first day.
     */
    private record CalendarWriter(String uidDomain) implements EventWriter {

        @Override
        public void begin(StringBuilder out) {
            fold(out, "BEGIN:VCALENDAR");
            fold(out, "VERSION:2.0");
            fold(out, "PRODID:-//Conflict Timeline API//Nagorno-Karabakh timeline//EN");
            fold(out, "CALSCALE:GREGORIAN");
            fold(out, "X-WR-CALNAME:" + text("Nagorno-Karabakh conflict timeline"));
        }

        @Override
        public void event(StringBuilder out, EventView e) {
            LocalDate last = e.date().latest() == null ? e.date().earliest() : e.date().latest();
            fold(out, "BEGIN:VEVENT");
            fold(out, "UID:" + e.id() + "@" + uidDomain);
            fold(out, "DTSTAMP:" + ICS_INSTANT.format(e.updatedAt()));
            fold(out, "CREATED:" + ICS_INSTANT.format(e.createdAt()));
            fold(out, "LAST-MODIFIED:" + ICS_INSTANT.format(e.updatedAt()));
            fold(out, "DTSTART;VALUE=DATE:" + ICS_DATE.format(e.date().earliest()));
            fold(out, "DTEND;VALUE=DATE:" + ICS_DATE.format(last.plusDays(1)));
            fold(out, "SUMMARY:" + text(e.title()));
            fold(out, "DESCRIPTION:" + text(description(e)));
            fold(out, "CATEGORIES:" + text(e.type().code()));
            fold(out, "TRANSP:TRANSPARENT");
            fold(out, "END:VEVENT");
        }

        @Override
        public void end(StringBuilder out) {
            fold(out, "END:VCALENDAR");
        }
    }

    private static String description(EventView e) {
        StringBuilder text = new StringBuilder(e.summary()).append("\n\nDate: ").append(e.date().display());
        if (e.date().inferred()) {
            text.append(" (inferred)");
        }
        if (e.date().note() != null) {
            text.append("\n").append(e.date().note());
        }
        text.append("\n\nSources:");
        for (EventView.CitationView c : e.citations()) {
            text.append("\n- \"").append(c.quote()).append("\" (").append(c.sourceTitle());
            if (c.publisher() != null) {
                text.append(", ").append(c.publisher());
            }
            text.append(")");
        }
        return text.toString();
    }

    /** RFC 5545 TEXT escaping. */
    static String text(String value) {
        return value.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,")
                .replace("\r\n", "\\n").replace("\n", "\\n");
    }

    /** RFC 5545 folding: lines of at most 75 octets, never splitting a UTF-8 character, CRLF-terminated. */
    static void fold(StringBuilder out, String line) {
        int octets = 0;
        int limit = 75;
        for (int i = 0; i < line.length(); ) {
            int codePoint = line.codePointAt(i);
            int size = new String(Character.toChars(codePoint)).getBytes(StandardCharsets.UTF_8).length;
            if (octets + size > limit) {
                out.append("\r\n ");
                octets = 1;
            }
            out.appendCodePoint(codePoint);
            octets += size;
            i += Character.charCount(codePoint);
        }
        out.append("\r\n");
    }

    /**
     * An RFC 7946 FeatureCollection with one feature per event–place pair, written as Jackson writes
     * {@link GeoJson.FeatureCollection}: the opening, the features comma-separated, the closing.
     */
    private static final class GeoJsonWriter implements EventWriter {

        private final ObjectMapper json;
        private boolean anyFeature;

        GeoJsonWriter(ObjectMapper json) {
            this.json = json;
        }

        @Override
        public void begin(StringBuilder out) {
            out.append("{\"type\":\"FeatureCollection\",\"features\":[");
        }

        @Override
        public void event(StringBuilder out, EventView e) {
            for (EventView.PlaceRef place : e.places()) {
                Map<String, Object> properties = new LinkedHashMap<>();
                properties.put("eventId", e.id());
                properties.put("title", e.title());
                properties.put("type", e.type().code());
                properties.put("date", e.date().display());
                properties.put("start", e.date().start());
                properties.put("end", e.date().end());
                properties.put("era", e.era().id());
                properties.put("placeId", place.id());
                properties.put("placeName", place.name());
                if (anyFeature) {
                    out.append(',');
                }
                anyFeature = true;
                out.append(toJson(json, GeoJson.point(e.id() + "@" + place.id(), place.lat(), place.lon(), properties)));
            }
        }

        @Override
        public void end(StringBuilder out) {
            out.append("]}");
        }
    }

    private static String toJson(ObjectMapper json, Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String nullToEmpty(String value) {
        return value == null ? "" : value;
    }
}
