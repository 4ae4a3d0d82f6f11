package org.karabakh.timeline.event;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.karabakh.timeline.dates.DateView;
import org.karabakh.timeline.web.GeoJson;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Renders events as CSV (RFC 4180), iCalendar (RFC 5545) and GeoJSON (RFC 7946). The CSV columns added
 * after the first release ({@code edtf}, {@code sources_disagree}) come last, so positions stay put.
 */
public final class EventFormats {

    static final List<String> CSV_COLUMNS = List.of("id", "start", "end", "precision", "qualifier", "display",
            "inferred", "type", "era", "title", "summary", "actors", "places", "source_ids", "edtf", "sources_disagree");

    private static final DateTimeFormatter ICS_DATE = DateTimeFormatter.BASIC_ISO_DATE;
    private static final DateTimeFormatter ICS_INSTANT = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'")
            .withZone(ZoneOffset.UTC);

    private EventFormats() {
    }

    public static String csv(List<EventView> events) {
        StringBuilder out = new StringBuilder();
        csvRow(out, CSV_COLUMNS);
        for (EventView e : events) {
            DateView d = e.date();
            csvRow(out, List.of(e.id(), d.start(), nullToEmpty(d.end()), d.precision().code(),
                    d.qualifier() == null ? "" : d.qualifier().code(), d.display(), Boolean.toString(d.inferred()),
                    e.type().code(), e.era().id(), e.title(), e.summary(),
                    e.actors().stream().map(a -> a.name() + " (" + a.role().code() + ")").collect(Collectors.joining("; ")),
                    e.places().stream().map(EventView.PlaceRef::name).collect(Collectors.joining("; ")),
                    e.citations().stream().map(EventView.CitationView::sourceId).distinct().collect(Collectors.joining(" ")),
                    d.edtf(), Boolean.toString(e.sourcesDisagree())));
        }
        return out.toString();
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
    public static String calendar(List<EventView> events, String uidDomain) {
        List<String> lines = new ArrayList<>();
        lines.add("BEGIN:VCALENDAR");
        lines.add("VERSION:2.0");
        lines.add("PRODID:-//Conflict Timeline API//Nagorno-Karabakh timeline//EN");
        lines.add("CALSCALE:GREGORIAN");
        lines.add("X-WR-CALNAME:" + text("Nagorno-Karabakh conflict timeline"));
        for (EventView e : events) {
            LocalDate last = e.date().latest() == null ? e.date().earliest() : e.date().latest();
            lines.add("BEGIN:VEVENT");
            lines.add("UID:" + e.id() + "@" + uidDomain);
            lines.add("DTSTAMP:" + ICS_INSTANT.format(e.updatedAt()));
            lines.add("CREATED:" + ICS_INSTANT.format(e.createdAt()));
            lines.add("LAST-MODIFIED:" + ICS_INSTANT.format(e.updatedAt()));
            lines.add("DTSTART;VALUE=DATE:" + ICS_DATE.format(e.date().earliest()));
            lines.add("DTEND;VALUE=DATE:" + ICS_DATE.format(last.plusDays(1)));
            lines.add("SUMMARY:" + text(e.title()));
            lines.add("DESCRIPTION:" + text(description(e)));
            lines.add("CATEGORIES:" + text(e.type().code()));
            lines.add("TRANSP:TRANSPARENT");
            lines.add("END:VEVENT");
        }
        lines.add("END:VCALENDAR");
        StringBuilder out = new StringBuilder();
        lines.forEach(line -> fold(out, line));
        return out.toString();
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

    /** One feature per event–place pair. */
    public static GeoJson.FeatureCollection geoJson(List<EventView> events) {
        List<GeoJson.Feature> features = new ArrayList<>();
        for (EventView e : events) {
            for (EventView.PlaceRef place : e.places()) {
                Map<String, Object> properties = new java.util.LinkedHashMap<>();
                properties.put("eventId", e.id());
                properties.put("title", e.title());
                properties.put("type", e.type().code());
                properties.put("date", e.date().display());
                properties.put("start", e.date().start());
                properties.put("end", e.date().end());
                properties.put("era", e.era().id());
                properties.put("placeId", place.id());
                properties.put("placeName", place.name());
                features.add(GeoJson.point(e.id() + "@" + place.id(), place.lat(), place.lon(), properties));
            }
        }
        return new GeoJson.FeatureCollection(features);
    }

    /** One event per line, flushed after each chunk so the client sees the stream advance. */
    public static void ndjson(ObjectMapper json, OutputStream out, List<EventView> events) {
        try {
            for (EventView event : events) {
                out.write(json.writeValueAsBytes(event));
                out.write('\n');
            }
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String nullToEmpty(String value) {
        return value == null ? "" : value;
    }
}
