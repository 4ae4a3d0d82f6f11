package org.karabakh.timeline.timeline;

import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.karabakh.timeline.era.EraService;
import org.karabakh.timeline.event.EventQuery;
import org.karabakh.timeline.event.EventService;
import org.karabakh.timeline.event.EventView;
import org.karabakh.timeline.paging.PageRequest;

@Path("/export")
@Tag(name = "Exports")
@Produces(MediaType.APPLICATION_JSON)
public class ExportResource {

    private final EventService events;
    private final EraService eras;

    public ExportResource(EventService events, EraService eras) {
        this.events = events;
        this.eras = eras;
    }

    @GET
    @Path("/timelinejs")
    @Operation(operationId = "exportTimelineJs", summary = "Export the timeline as a TimelineJS 3 document",
            description = """
                    Returns a TimelineJS 3 JSON document for the events that match the filters (the same filters as \
                    GET /api/v1/events): a title slide, one slide per event whose `start_date`/`end_date` carry only \
                    the date parts the precision knows, the citations in the slide text, the era as `group`, the \
                    event id as `unique_id`, and the eras as TimelineJS eras. Pass the URL to `new TL.Timeline(...)`.""")
    @APIResponse(responseCode = "200", description = "The TimelineJS document.", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = TimelineJsDocument.class),
            examples = @ExampleObject(name = "2020", ref = "timelinejs-2020")))
    public TimelineJsDocument exportTimelineJs(@BeanParam EventQuery query) {
        return TimelineJsExport.of(
                events.list(query.toFilter(), PageRequest.unpaged()).stream().map(EventView::of).toList(),
                eras.listAll());
    }
}
