package org.karabakh.timeline.meta;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
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
    @Operation(operationId = "getMeta", summary = "Get the dataset version, counts and time span")
    public MetaView getMeta() {
        return meta.meta();
    }
}
