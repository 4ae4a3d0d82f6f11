package org.karabakh.timeline.event;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.vertx.core.http.HttpServerRequest;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestResponse;
import org.karabakh.timeline.model.EventFilter;
import org.karabakh.timeline.paging.Page;
import org.karabakh.timeline.web.Format;
import org.karabakh.timeline.web.GeoJson;
import org.karabakh.timeline.web.PageParams;
import org.karabakh.timeline.web.Paging;
import org.karabakh.timeline.web.ProblemException;
import org.karabakh.timeline.web.QueryParams;


@Path("/events")
@Tag(name = "Events")
public class EventResource {

    private final EventService events;
    private final ObjectMapper json;

    public EventResource(EventService events, ObjectMapper json) {
        this.events = events;
        this.json = json;
    }

    @GET
    @Produces({ MediaType.APPLICATION_JSON, Format.CSV_TYPE, Format.ICS_TYPE, Format.GEOJSON_TYPE, Format.NDJSON_TYPE })
    @Operation(operationId = "listEvents", summary = "List events, filtered and paged",
            description = """
                    Returns the events in chronological order (ties broken by id), paged, each complete with its \
                    date, era, actors and roles, places, figures and citations. Different filters combine with AND; \
                    the repeated values of one filter (`actor=a&actor=b`) with OR. `total` counts the filtered set.

                    The same list is available as CSV, iCalendar, GeoJSON and NDJSON (one event per line), chosen \
                    by `Accept` or by `format`; those send every matching event (at most 10,000) unless `size` is \
                    given, which makes them a page with a `Link` header. More than 100 events are streamed, read \
                    and sent 100 at a time (chunked, without `Content-Length`). Every answer carries the number \
                    of matching events in `X-Total-Count`. `format` wins over `Accept`; an `Accept` range with \
                    `q=0` excludes that type. The GeoJSON FeatureCollection has one Point feature per event and \
                    place, with the id `<eventId>@<placeId>` and the properties `eventId`, `title`, `type`, `date` \
                    (the display form), `start`, `end` (null for a single date), `era`, `placeId` and `placeName`.""")
    @APIResponse(responseCode = "200", description = "The matching events in the chosen representation.", content = {
            @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "EventPage"),
                    examples = @ExampleObject(name = "trilateral-statement", ref = "event-page-trilateral-statement")),
            @Content(mediaType = Format.CSV_TYPE, schema = @Schema(type = SchemaType.STRING,
                    description = "RFC 4180 CSV, UTF-8, CRLF line ends, a header row. Columns: id, start, end, "
                            + "precision, qualifier, display, inferred, type, era, title, summary, actors (name and "
                            + "role, `; `-separated), places, source_ids (space-separated), edtf (the date in EDTF), "
                            + "sources_disagree (true or false)."),
                    examples = @ExampleObject(name = "trilateral-statement", ref = "events-csv")),
            @Content(mediaType = Format.ICS_TYPE, schema = @Schema(type = SchemaType.STRING,
                    description = "RFC 5545 calendar, one all-day VEVENT per event over the span its precision implies."),
                    examples = @ExampleObject(name = "trilateral-statement", ref = "events-ics")),
            @Content(mediaType = Format.GEOJSON_TYPE, schema = @Schema(implementation = GeoJson.FeatureCollection.class),
                    examples = @ExampleObject(name = "trilateral-statement", ref = "events-geojson")),
            @Content(mediaType = Format.NDJSON_TYPE, schema = @Schema(type = SchemaType.STRING,
                    description = "One Event object per line."),
                    examples = @ExampleObject(name = "trilateral-statement", ref = "events-ndjson")) })
    public Response listEvents(@BeanParam EventQuery query, @BeanParam PageParams paging,
            @Parameter(description = """
                    Representation, for links a browser opens; wins over `Accept`. `json` (default, paged), `csv` \
                    (RFC 4180, header row), `ics` (RFC 5545 calendar), `geojson` (one feature per event and place) \
                    or `ndjson` (one event per line).""",
                    example = "json", schema = @Schema(type = SchemaType.STRING,
                            enumeration = { "json", "csv", "ics", "geojson", "ndjson" }))
            @QueryParam("format") String format,
            @Parameter(description = """
                    Keyset paging: only the events that follow this event in the list's order (pass the id of \
                    the last event of the page you have); `total` then counts those. It costs the same however \
                    deep the page is, where `page` reads every event before it. A JSON page's `Link` header has \
                    `first` and, while full pages come back, a `next` with `after` set. Cannot be combined with a \
                    `page` other than 0; an unknown id is a 400.""",
                    example = "war-1992-1994")
            @QueryParam("after") String after,
            @Context HttpHeaders headers, @Context HttpServerRequest request) {
        Format chosen = Format.negotiate(headers, format, Format.JSON, Format.CSV, Format.ICS, Format.GEOJSON,
                Format.NDJSON);
        EventFilter filter = query.toFilter();
        String afterId = QueryParams.text("after", after);
        if (afterId != null) {
            if (paging.toRequest().page() != 0) {
                throw ProblemException.badParameter("after", "Query parameter 'after' starts the list after an event "
                        + "and cannot be combined with 'page'; leave one of them out.");
            }
            filter = events.after(filter, afterId);
        }
        if (chosen == Format.JSON) {
            Page<EventView> page = events.search(filter, paging.toRequest()).map(EventView::of);
            return (afterId == null ? Paging.response(request, page) : Paging.keysetResponse(request, page)).toResponse();
        }
        EventService.Export export = events.export(filter, paging.toExportRequest());
        EventFormats.EventWriter writer = EventFormats.writer(chosen, json);
        Object body = export.streamed() ? EventFormats.streamed(writer, export.chunks())
                : EventFormats.whole(writer, export.chunks());
        Response.ResponseBuilder response = Response.ok(body, chosen.contentType());
        if (chosen == Format.CSV || chosen == Format.ICS) {
            response.header("Content-Disposition", "inline; filename=\"events." + chosen.code() + "\"");
        }
        return Paging.export(response, request, afterId == null ? paging : null, export.total()).build();
    }

    @GET
    @Path("/deleted")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "listDeletedEvents", summary = "List the events removed from the dataset",
            description = """
                    Returns the tombstones of the events a load of new seeds removed, in the order they were removed \
                    (then by id), paged, for incremental sync: pull `GET /api/v1/events?updatedSince=T` for what was \
                    added or changed and this with `since=T` for what was removed, T being the `loadedAt` of \
                    GET /api/v1/meta at your previous pull. An event that comes back leaves this list and is served \
                    again as new (its `createdAt` and `updatedAt` are those of the load that restored it). A service \
                    that never lost an event answers an empty list; the example is the answer after a reload that \
                    removed one.""")
    @APIResponse(responseCode = "200", description = "A page of deleted events.", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "DeletedEventPage"),
            examples = @ExampleObject(name = "one-removed", ref = "deleted-event-page")))
    public RestResponse<Page<DeletedEventView>> listDeletedEvents(
            @Parameter(description = """
                    Only events removed strictly after this instant (ISO 8601, e.g. 2026-01-01T00:00:00Z), as \
                    `updatedSince` selects events on GET /api/v1/events; without it, every removal the database \
                    remembers.""",
                    example = "2020-01-01T00:00:00Z", schema = @Schema(type = SchemaType.STRING, format = "date-time"))
            @QueryParam("since") String since,
            @BeanParam PageParams paging, @Context HttpServerRequest request) {
        return Paging.response(request,
                events.deleted(QueryParams.instant("since", since), paging.toRequest()).map(DeletedEventView::of));
    }

    @GET
    @Path("/{id}")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "getEvent", summary = "Get one event with its actors, places, figures and citations",
            description = "Returns the whole event: its date with precision (and how it was inferred, if it was), "
                    + "era, actors with roles, places with coordinates, figures and every citation.")
    @APIResponse(responseCode = "200", description = "The event.", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = EventView.class),
            examples = @ExampleObject(name = "trilateral-statement", ref = "event-trilateral-statement")))
    public EventView getEvent(
            @Parameter(description = "Id of the event (see GET /api/v1/events).",
                    example = "trilateral-statement-2020-11-09") @RestPath String id) {
        return events.findById(id).map(EventView::of).orElseThrow(() -> ProblemException.notFound("event", id));
    }
}
