package org.karabakh.timeline.timeline;

import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.karabakh.timeline.common.PageParams;
import org.karabakh.timeline.era.EraService;
import org.karabakh.timeline.era.EraView;
import org.karabakh.timeline.event.EventQuery;
import org.karabakh.timeline.event.EventService;
import org.karabakh.timeline.event.EventView;

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
    @Operation(operationId = "exportTimelineJs", summary = "Export the timeline as a TimelineJS 3 document")
    public TimelineJsDocument exportTimelineJs(@BeanParam EventQuery query) {
        return TimelineJsExport.of(
                events.list(query.toFilter(events), PageParams.EXPORT_CAP).stream().map(EventView::of).toList(),
                eras.listAll().stream().map(EraView::of).toList());
    }
}
