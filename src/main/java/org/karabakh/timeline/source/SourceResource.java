package org.karabakh.timeline.source;

import io.vertx.core.http.HttpServerRequest;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
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
import org.karabakh.timeline.dates.DateView;
import org.karabakh.timeline.dates.DateWindow;
import org.karabakh.timeline.event.EventView;
import org.karabakh.timeline.paging.Page;
import org.karabakh.timeline.web.PageParams;
import org.karabakh.timeline.web.Paging;
import org.karabakh.timeline.web.ProblemException;
import org.karabakh.timeline.web.QueryParams;

@Path("/sources")
@Tag(name = "Sources")
@Produces(MediaType.APPLICATION_JSON)
public class SourceResource {

    private final SourceService sources;

    public SourceResource(SourceService sources) {
        this.sources = sources;
    }

    @GET
    @Operation(operationId = "listSources", summary = "List the source articles",
            description = """
                    Returns the news articles the timeline is built from, by publication date then id, paged. \
                    `publisher` and the date window combine with AND; an article whose date is only bounded from \
                    below (qualifier `after`) matches every window from that bound on.""")
    @APIResponse(responseCode = "200", description = "A page of sources.", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "SourcePage"),
            examples = @ExampleObject(name = "sputnik", ref = "source-page")))
    public RestResponse<Page<SourceView>> listSources(
            @Parameter(description = "Case-insensitive text the publisher's name contains (at most 200 characters, "
                    + "not blank, no control characters).",
                    example = "Sputnik") @QueryParam("publisher") String publisher,
            @Parameter(description = "Published on or after this date: YYYY, YYYY-MM or YYYY-MM-DD (a coarse date "
                    + "covers its whole period).", example = "2021",
                    schema = @Schema(type = SchemaType.STRING, pattern = DateView.PARTIAL_DATE))
            @QueryParam("from") String from,
            @Parameter(description = "Published on or before this date, same forms as `from`.", example = "2023",
                    schema = @Schema(type = SchemaType.STRING, pattern = DateView.PARTIAL_DATE))
            @QueryParam("to") String to,
            @Parameter(description = "Published in this year, in ASCII digits (shorthand for from=YYYY&to=YYYY, "
                    + "ANDed with them).",
                    example = "2023", schema = @Schema(type = SchemaType.INTEGER, minimum = "1800", maximum = "2100"))
            @QueryParam("year") String year,
            @BeanParam PageParams paging, @Context HttpServerRequest request) {
        DateWindow window = QueryParams.window(from, to, year);
        return Paging.response(request,
                sources.search(QueryParams.text("publisher", publisher), window, paging.toRequest()));
    }

    @GET
    @Path("/{id}")
    @Operation(operationId = "getSource", summary = "Get one source article with its full text",
            description = "Returns the article's metadata and its full text, byte for byte as received, so every "
                    + "citation quote can be checked against it.")
    @APIResponse(responseCode = "200", description = "The source.", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = SourceDetail.class),
            examples = @ExampleObject(name = "sputnik", ref = "source-sputnik")))
    public SourceDetail getSource(
            @Parameter(description = "Id of the source (see GET /api/v1/sources).", example = "sputnik-putin-peacekeepers")
            @RestPath String id) {
        return sources.findById(id).orElseThrow(() -> ProblemException.notFound("source", id));
    }

    @GET
    @Path("/{id}/events")
    @Operation(operationId = "listSourceEvents", summary = "List the events a source article supports",
            description = "Returns, chronologically and paged, every event with at least one citation from this "
                    + "article; each event lists all its citations, from this article and others.")
    @APIResponse(responseCode = "200", description = "A page of events.", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "EventPage"),
            examples = @ExampleObject(name = "tass", ref = "source-events-tass")))
    public RestResponse<Page<EventView>> listSourceEvents(
            @Parameter(description = "Id of the source (see GET /api/v1/sources).", example = "tass-ayvazyan-briefing")
            @RestPath String id,
            @BeanParam PageParams paging, @Context HttpServerRequest request) {
        return Paging.response(request, sources.events(id, paging.toRequest())
                .orElseThrow(() -> ProblemException.notFound("source", id)));
    }
}
