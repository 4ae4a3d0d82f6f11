package org.karabakh.timeline.event;

import jakarta.ws.rs.QueryParam;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.karabakh.timeline.dates.DateView;
import org.karabakh.timeline.model.EventFilter;
import org.karabakh.timeline.model.EventSort;
import org.karabakh.timeline.model.EventType;
import org.karabakh.timeline.web.QueryParams;

import java.util.List;

/**
 * The event filters, shared by every endpoint that selects events (list, timeline, exports), so
 * they parse, validate and document the same way everywhere.
 */
public class EventQuery {

    @QueryParam("from")
    @Parameter(description = """
            Start of the date window: YYYY, YYYY-MM or YYYY-MM-DD (years 1800–2100). A coarse bound covers its \
            whole period (`from=1993` starts on 1 January 1993). An event is inside when any day its date can \
            refer to falls in the window, so `from=1993&to=1993` returns the 1992–1994 war.""",
            example = "2020", schema = @Schema(type = SchemaType.STRING, pattern = DateView.PARTIAL_DATE))
    public String from;

    @QueryParam("to")
    @Parameter(description = """
            End of the date window, same forms as `from`; a coarse bound covers its whole period (`to=1993` \
            ends on 31 December 1993). Must not end before `from` begins.""",
            example = "2021", schema = @Schema(type = SchemaType.STRING, pattern = DateView.PARTIAL_DATE))
    public String to;

    @QueryParam("year")
    @Parameter(description = """
            Shorthand for `from=YYYY&to=YYYY` (1800–2100, ASCII digits only). Given with `from`/`to`, the \
            windows are ANDed like every other filter: only their overlap counts.""",
            example = "2020", schema = @Schema(type = SchemaType.INTEGER, minimum = "1800", maximum = "2100"))
    public String year;

    @QueryParam("actor")
    @Parameter(description = "Only events in which this actor takes part (any role). Repeat for any of several actors.",
            example = "[\"putin\"]")
    public List<String> actor;

    @QueryParam("place")
    @Parameter(description = "Only events at or about this place. Repeat for any of several places.",
            example = "[\"nagorno-karabakh\"]")
    public List<String> place;

    @QueryParam("era")
    @Parameter(description = "Only events of this era (see GET /api/v1/eras). Repeat for any of several eras.",
            example = "[\"war-2020-and-aftermath\"]")
    public List<String> era;

    @QueryParam("type")
    @Parameter(description = "Only events of this type (see GET /api/v1/event-types). Repeat for any of several types.",
            example = "[\"agreement\"]", schema = @Schema(type = SchemaType.ARRAY, implementation = EventType.class))
    public List<String> type;

    @QueryParam("source")
    @Parameter(description = "Only events cited from this source article. Repeat for any of several sources.",
            example = "[\"tass-ayvazyan-briefing\"]")
    public List<String> source;

    @QueryParam("q")
    @Parameter(description = """
            Case-insensitive word search (at most 200 characters, not blank, no control characters): every word \
            of `q` must begin a word of the event's title, summary or citation quotes, or of the names of its \
            actors and places, alternative place names included, in any order and in any of them. Words are runs \
            of letters and digits in any script (`Карабах`, `Արցախ`), apostrophes inside a word included \
            (`Armenia’s`); `q=peacekeep` finds "peacekeepers", `q=karabakh ceasefire` events that mention both. \
            A `q` with no letter or digit matches nothing.""",
            example = "ceasefire")
    public String q;

    @QueryParam("sort")
    @Parameter(description = "`date` (chronological, the default) or `-date` (newest first); ties are broken by id.",
            example = "date", schema = @Schema(type = SchemaType.STRING, enumeration = { "date", "-date" },
                    defaultValue = "date"))
    public String sort;

    @QueryParam("updatedSince")
    @Parameter(description = """
            Only events created or changed strictly after this instant (ISO 8601, e.g. 2026-01-01T00:00:00Z), \
            for incremental sync: pass the `loadedAt` of GET /api/v1/meta from your previous pull. Every \
            instant the API serves is a whole number of milliseconds, so `loadedAt` keeps its value through a \
            JavaScript `Date` (`new Date(loadedAt).toISOString()`).""",
            example = "2020-01-01T00:00:00Z", schema = @Schema(type = SchemaType.STRING, format = "date-time"))
    public String updatedSince;

    @QueryParam("sourcesDisagree")
    @Parameter(description = """
            `true`: only events one of whose articles states a date that the event's curated date does not fall \
            inside (a citation's `statedDate.agrees` is false), such as "On the night of November 10" for a \
            statement signed on 9 November 2020; `false`: only events whose articles agree or state no date.""",
            example = "true", schema = @Schema(type = SchemaType.BOOLEAN))
    public String sourcesDisagree;

    /**
     * Parses every parameter, or answers 400 naming the one that is malformed. Whether the ids exist
     * is the service's to check: it knows the data.
     */
    public EventFilter toFilter() {
        return new EventFilter(QueryParams.window(from, to, year), QueryParams.ids(actor), QueryParams.ids(place),
                QueryParams.ids(era), QueryParams.ids(source), QueryParams.codes("type", type, EventType.class),
                QueryParams.text("q", q), QueryParams.instant("updatedSince", updatedSince),
                QueryParams.bool("sourcesDisagree", sourcesDisagree),
                QueryParams.code("sort", sort, EventSort.class, EventSort.DATE));
    }
}
