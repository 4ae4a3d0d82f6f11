package org.karabakh.timeline.era;


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
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestResponse;
import org.karabakh.timeline.paging.Page;
import org.karabakh.timeline.web.PageParams;
import org.karabakh.timeline.web.Paging;
import org.karabakh.timeline.web.ProblemException;

@Path("/eras")
@Tag(name = "Eras")
@Produces(MediaType.APPLICATION_JSON)
public class EraResource {

    private final EraService eras;

    public EraResource(EraService eras) {
        this.eras = eras;
    }

    @GET
    @Operation(operationId = "listEras", summary = "List the eras of the conflict, chronologically",
            description = "Returns the curated eras in chronological order, paged, each with its span. Neighbouring "
                    + "eras may share a boundary year.")
    @APIResponse(responseCode = "200", description = "A page of eras.", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "EraPage"),
            examples = @ExampleObject(name = "eras", ref = "era-page")))
    public RestResponse<Page<EraView>> listEras(@BeanParam PageParams paging, @Context HttpServerRequest request) {
        return Paging.response(request, eras.list(paging.toRequest()));
    }

    @GET
    @Path("/{id}")
    @Operation(operationId = "getEra", summary = "Get one era with its span and events",
            description = "Returns the era with its span and the events assigned to it, chronologically.")
    @APIResponse(responseCode = "200", description = "The era.", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = EraDetail.class),
            examples = @ExampleObject(name = "war-2020-and-aftermath", ref = "era-war-2020")))
    public EraDetail getEra(
            @Parameter(description = "Id of the era (see GET /api/v1/eras).", example = "war-2020-and-aftermath")
            @RestPath String id) {
        return eras.findById(id).orElseThrow(() -> ProblemException.notFound("era", id));
    }
}
