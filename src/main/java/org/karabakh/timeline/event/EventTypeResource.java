package org.karabakh.timeline.event;

import io.vertx.core.http.HttpServerRequest;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;
import org.karabakh.timeline.model.EventType;
import org.karabakh.timeline.paging.Page;
import org.karabakh.timeline.web.PageParams;
import org.karabakh.timeline.web.Paging;

import java.util.Arrays;
import java.util.List;

@Path("/event-types")
@Tag(name = "Event types")
@Produces(MediaType.APPLICATION_JSON)
public class EventTypeResource {

    @Schema(name = "EventTypeInfo", description = "One value of the event type vocabulary.")
    public record EventTypeView(
            @Schema(required = true, description = "The value used in events and in the `type` filter.",
                    examples = "ceasefire") String id,
            @Schema(required = true, description = "Human-readable name.", examples = "Ceasefire") String name,
            @Schema(required = true, description = "What events of this type are.",
                    examples = "An agreed halt to fighting.")
            String description) {
    }

    private static final List<EventTypeView> TYPES = Arrays.stream(EventType.values())
            .map(t -> new EventTypeView(t.code(), t.label(), t.description()))
            .toList();

    @GET
    @Operation(operationId = "listEventTypes", summary = "List the event type vocabulary",
            description = "Returns every value the `type` of an event and the `type` filter accept, with its meaning, "
                    + "in a fixed order, paged like every list.")
    @APIResponse(responseCode = "200", description = "A page of event types.", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "EventTypeInfoPage"),
            examples = @ExampleObject(name = "event-types", ref = "event-type-page")))
    public RestResponse<Page<EventTypeView>> listEventTypes(@BeanParam PageParams paging,
            @Context HttpServerRequest request) {
        return Paging.response(request, paging.toRequest().slice(TYPES));
    }
}
