package org.karabakh.timeline.era;

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

@Path("/eras")
@Tag(name = "Eras")
@Produces(MediaType.APPLICATION_JSON)
public class EraResource {

    private final EraService eras;
    private final EventService events;

    public EraResource(EraService eras, EventService events) {
        this.eras = eras;
        this.events = events;
    }

    @GET
    @Operation(operationId = "listEras", summary = "List the eras of the conflict, chronologically")
    public RestResponse<Page<EraView>> listEras(@BeanParam PageParams paging, @Context UriInfo uri) {
        return Paging.response(uri, eras.list(paging.toRequest()).map(EraView::of));
    }

    @GET
    @Path("/{id}")
    @Operation(operationId = "getEra", summary = "Get one era with its span and events")
    public EraDetail getEra(@RestPath String id) {
        Era era = eras.findById(id).orElseThrow(() -> ProblemException.notFound("era", id));
        return EraDetail.of(era, events.list(EventFilter.ofEra(id), Integer.MAX_VALUE));
    }
}
