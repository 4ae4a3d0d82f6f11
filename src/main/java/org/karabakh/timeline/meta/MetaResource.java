package org.karabakh.timeline.meta;

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

@Path("/meta")
@Tag(name = "Meta")
@Produces(MediaType.APPLICATION_JSON)
public class MetaResource {

    private final MetaService meta;

    public MetaResource(MetaService meta) {
        this.meta = meta;
    }

    @GET
    @Operation(operationId = "getMeta", summary = "Get the dataset version, counts and time span",
            description = "Returns the version of the loaded dataset (a digest of the seed files), when it was "
                    + "loaded, how many events, citations, sources, actors, places and eras it holds, and the span "
                    + "of days its events cover. Services that sync poll this cheaply with If-None-Match.")
    @APIResponse(responseCode = "200", description = "The dataset's metadata.", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = MetaView.class),
            examples = @ExampleObject(name = "meta", ref = "meta")))
    public MetaView getMeta() {
        return meta.meta();
    }
}
