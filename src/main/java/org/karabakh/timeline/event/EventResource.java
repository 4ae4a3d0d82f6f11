package org.karabakh.timeline.event;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestPath;
import org.karabakh.timeline.common.Format;
import org.karabakh.timeline.common.PageParams;
import org.karabakh.timeline.common.PageRequest;
import org.karabakh.timeline.common.Paging;
import org.karabakh.timeline.common.ProblemException;

import java.io.OutputStream;
import java.util.List;

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
    @Operation(operationId = "listEvents", summary = "List events, filtered and paged")
    public Response listEvents(@BeanParam EventQuery query, @BeanParam PageParams paging,
            @QueryParam("format") String format, @Context HttpHeaders headers, @Context UriInfo uri) {
        Format chosen = Format.negotiate(headers, format, Format.JSON, Format.CSV, Format.ICS, Format.GEOJSON,
                Format.NDJSON);
        EventFilter filter = query.toFilter(events);
        if (chosen == Format.JSON) {
            return Paging.response(uri, events.search(filter, paging.toRequest()).map(EventView::of)).toResponse();
        }
        PageRequest slice = paging.toExportRequest();
        Object body = switch (chosen) {
            case NDJSON -> (StreamingOutput) out -> events.forEachChunk(filter, slice, chunk -> writeLines(out, chunk));
            case CSV -> EventFormats.csv(views(filter, slice));
            case ICS -> EventFormats.calendar(views(filter, slice), "conflict-timeline");
            case GEOJSON -> EventFormats.geoJson(views(filter, slice));
            case JSON -> throw new IllegalStateException("handled above");
        };
        Response.ResponseBuilder response = Response.ok(body, chosen.contentType());
        if (chosen == Format.CSV || chosen == Format.ICS) {
            response.header("Content-Disposition", "inline; filename=\"events." + chosen.code() + "\"");
        }
        return response.build();
    }

    @GET
    @Path("/{id}")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "getEvent", summary = "Get one event with its actors, places, figures and citations")
    public EventView getEvent(@RestPath String id) {
        return events.findById(id).map(EventView::of).orElseThrow(() -> ProblemException.notFound("event", id));
    }

    private List<EventView> views(EventFilter filter, PageRequest slice) {
        return events.search(filter, slice).items().stream().map(EventView::of).toList();
    }

    private void writeLines(OutputStream out, List<Event> chunk) {
        try {
            for (Event event : chunk) {
                out.write(json.writeValueAsBytes(EventView.of(event)));
                out.write('\n');
            }
            out.flush();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
