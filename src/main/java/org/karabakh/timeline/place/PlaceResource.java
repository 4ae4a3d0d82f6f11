package org.karabakh.timeline.place;

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
import org.karabakh.timeline.event.EventFilter;
import org.karabakh.timeline.event.EventService;

@Path("/places")
@Tag(name = "Places")
@Produces(MediaType.APPLICATION_JSON)
public class PlaceResource {

    private final PlaceService places;
    private final EventService events;

    public PlaceResource(PlaceService places, EventService events) {
        this.places = places;
        this.events = events;
    }

    @GET
    @Operation(operationId = "listPlaces", summary = "List places with their coordinates")
    public RestResponse<Page<PlaceView>> listPlaces(@BeanParam PageParams paging, @Context UriInfo uri) {
        return Paging.response(uri, places.list(paging.toRequest()).map(PlaceView::of));
    }

    @GET
    @Path("/{id}")
    @Operation(operationId = "getPlace", summary = "Get one place with its alternative names and events")
    public PlaceDetail getPlace(@RestPath String id) {
        Place place = places.findById(id).orElseThrow(() -> ProblemException.notFound("place", id));
        return PlaceDetail.of(place, events.list(EventFilter.ofPlace(id), Integer.MAX_VALUE));
    }
}
