package org.karabakh.timeline.place;

import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestPath;
import org.karabakh.timeline.common.Format;
import org.karabakh.timeline.common.PageParams;
import org.karabakh.timeline.common.Paging;
import org.karabakh.timeline.common.ProblemException;
import org.karabakh.timeline.event.EventFilter;
import org.karabakh.timeline.event.EventService;

import java.util.List;

@Path("/places")
@Tag(name = "Places")
public class PlaceResource {

    private final PlaceService places;
    private final EventService events;

    public PlaceResource(PlaceService places, EventService events) {
        this.places = places;
        this.events = events;
    }

    @GET
    @Produces({ MediaType.APPLICATION_JSON, Format.GEOJSON_TYPE })
    @Operation(operationId = "listPlaces", summary = "List places with their coordinates")
    public Response listPlaces(@BeanParam PageParams paging, @QueryParam("format") String format,
            @Context HttpHeaders headers, @Context UriInfo uri) {
        Format chosen = Format.negotiate(headers, format, Format.JSON, Format.GEOJSON);
        if (chosen == Format.GEOJSON) {
            List<PlaceView> all = places.list(paging.toExportRequest()).items().stream().map(PlaceView::of).toList();
            return Response.ok(PlaceView.geoJson(all), chosen.contentType()).build();
        }
        return Paging.response(uri, places.list(paging.toRequest()).map(PlaceView::of)).toResponse();
    }

    @GET
    @Path("/{id}")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "getPlace", summary = "Get one place with its alternative names and events")
    public PlaceDetail getPlace(@RestPath String id) {
        Place place = places.findById(id).orElseThrow(() -> ProblemException.notFound("place", id));
        return PlaceDetail.of(place, events.list(EventFilter.ofPlace(id), Integer.MAX_VALUE));
    }
}
