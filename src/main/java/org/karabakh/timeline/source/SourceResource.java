package org.karabakh.timeline.source;

import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestResponse;
import org.karabakh.timeline.common.DateWindow;
import org.karabakh.timeline.common.Page;
import org.karabakh.timeline.common.PageParams;
import org.karabakh.timeline.common.Paging;
import org.karabakh.timeline.common.ProblemException;
import org.karabakh.timeline.common.QueryParams;
import org.karabakh.timeline.event.EventFilter;
import org.karabakh.timeline.event.EventService;
import org.karabakh.timeline.event.EventView;

@Path("/sources")
@Tag(name = "Sources")
@Produces(MediaType.APPLICATION_JSON)
public class SourceResource {

    private final SourceService sources;
    private final EventService events;

    public SourceResource(SourceService sources, EventService events) {
        this.sources = sources;
        this.events = events;
    }

    @GET
    @Operation(operationId = "listSources", summary = "List the source articles")
    public RestResponse<Page<SourceView>> listSources(
            @Parameter(description = "Case-insensitive text the publisher's name contains (at most 200 characters).",
                    example = "Sputnik") @QueryParam("publisher") String publisher,
            @Parameter(description = "Published on or after this date: YYYY, YYYY-MM or YYYY-MM-DD (a coarse date "
                    + "covers its whole period).", example = "2021",
                    schema = @Schema(type = SchemaType.STRING, pattern = "^\\d{4}(-\\d{2}(-\\d{2})?)?$"))
            @QueryParam("from") String from,
            @Parameter(description = "Published on or before this date, same forms as `from`.", example = "2023",
                    schema = @Schema(type = SchemaType.STRING, pattern = "^\\d{4}(-\\d{2}(-\\d{2})?)?$"))
            @QueryParam("to") String to,
            @Parameter(description = "Published in this year (shorthand for from=YYYY&to=YYYY).", example = "2023",
                    schema = @Schema(type = SchemaType.INTEGER, minimum = "1800", maximum = "2100"))
            @QueryParam("year") String year,
            @BeanParam PageParams paging, @Context UriInfo uri) {
        DateWindow window = DateWindow.parse(from, to, year);
        Page<Source> page = sources.search(QueryParams.text("publisher", publisher), window, paging.toRequest());
        return Paging.response(uri, page.map(SourceView::of));
    }

    @GET
    @Path("/{id}")
    @Operation(operationId = "getSource", summary = "Get one source article with its full text")
    public SourceDetail getSource(@RestPath String id) {
        return sources.findById(id).map(SourceDetail::of).orElseThrow(() -> ProblemException.notFound("source", id));
    }

    @GET
    @Path("/{id}/events")
    @Operation(operationId = "listSourceEvents", summary = "List the events a source article supports")
    public RestResponse<Page<EventView>> listSourceEvents(@RestPath String id, @BeanParam PageParams paging,
            @Context UriInfo uri) {
        if (sources.findById(id).isEmpty()) {
            throw ProblemException.notFound("source", id);
        }
        return Paging.response(uri, events.search(EventFilter.ofSource(id), paging.toRequest()).map(EventView::of));
    }
}
