package org.karabakh.timeline.timeline;

import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.karabakh.timeline.event.EventQuery;
import org.karabakh.timeline.paging.PageRequest;
import org.karabakh.timeline.web.QueryParams;

@Path("/timeline")
@Tag(name = "Timeline")
@Produces(MediaType.APPLICATION_JSON)
public class TimelineResource {

    private final TimelineService timeline;

    public TimelineResource(TimelineService timeline) {
        this.timeline = timeline;
    }

    @GET
    @Operation(operationId = "getTimeline", summary = "Get the timeline grouped by year, decade or era",
            description = """
                    Groups the events that match the filters (the same filters as GET /api/v1/events, ANDed) by \
                    the year or decade of their first day or by their era, for a front-end that draws the \
                    timeline from one call. Each group gives how many events it holds (`total`) and the first \
                    `perGroup` of them; only groups with events are listed; groups and their events follow \
                    `sort`.""")
    @APIResponse(responseCode = "200", description = "The grouped timeline.", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = TimelineView.class),
            examples = @ExampleObject(name = "2020", ref = "timeline-2020")))
    public TimelineView getTimeline(@BeanParam EventQuery query,
            @Parameter(description = "`year` (default), `decade` or `era`.", example = "year",
                    schema = @Schema(type = SchemaType.STRING, enumeration = { "year", "decade", "era" },
                            defaultValue = "year"))
            @QueryParam("groupBy") String groupBy,
            @Parameter(description = "Most events each group carries, from 1 to 100, in ASCII digits (0-9) only.",
                    example = "20", schema = @Schema(type = SchemaType.INTEGER, minimum = "1", maximum = "100",
                            defaultValue = "20"))
            @QueryParam("perGroup") String perGroup) {
        return timeline.timeline(query.toFilter(), QueryParams.code("groupBy", groupBy, GroupBy.class, GroupBy.YEAR),
                QueryParams.integer("perGroup", perGroup, PageRequest.DEFAULT_SIZE, 1, PageRequest.MAX_SIZE));
    }
}
