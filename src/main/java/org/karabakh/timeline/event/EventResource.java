package org.karabakh.timeline.event;

import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestResponse;
import org.karabakh.timeline.common.Page;
import org.karabakh.timeline.common.PageParams;
import org.karabakh.timeline.common.Paging;
import org.karabakh.timeline.common.ProblemException;

@Path("/events")
@Tag(name = "Events")
@Produces(MediaType.APPLICATION_JSON)
public class EventResource {

    private final EventService events;

    public EventResource(EventService events) {
        this.events = events;
    }

    @GET
    @Operation(operationId = "listEvents", summary = "List events, filtered and paged")
    public RestResponse<Page<EventView>> listEvents(@BeanParam EventQuery query, @BeanParam PageParams paging,
            @Context UriInfo uri) {
        EventFilter filter = query.toFilter(events);
        return Paging.response(uri, events.search(filter, paging.toRequest()).map(EventView::of));
    }

    @GET
    @Path("/{id}")
    @Operation(operationId = "getEvent", summary = "Get one event with its actors, places, figures and citations")
    public EventView getEvent(@RestPath String id) {
        return events.findById(id).map(EventView::of).orElseThrow(() -> ProblemException.notFound("event", id));
    }
}
