package org.karabakh.timeline.actor;

import io.vertx.core.http.HttpServerRequest;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestResponse;
import org.karabakh.timeline.model.ActorKind;
import org.karabakh.timeline.paging.Page;
import org.karabakh.timeline.web.PageParams;
import org.karabakh.timeline.web.Paging;
import org.karabakh.timeline.web.ProblemException;
import org.karabakh.timeline.web.QueryParams;

import java.util.List;
import java.util.Set;

@Path("/actors")
@Tag(name = "Actors")
@Produces(MediaType.APPLICATION_JSON)
public class ActorResource {

    private final ActorService actors;

    public ActorResource(ActorService actors) {
        this.actors = actors;
    }

    @GET
    @Operation(operationId = "listActors", summary = "List actors",
            description = "Returns the actors by name, paged. `q` and `kind` combine with AND; repeated `kind` values "
                    + "with OR.")
    @APIResponse(responseCode = "200", description = "A page of actors.", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "ActorPage"),
            examples = @ExampleObject(name = "aliyev", ref = "actor-page")))
    public RestResponse<Page<ActorView>> listActors(
            @Parameter(description = "Case-insensitive text in the actor's name or description (at most 200 "
                    + "characters, not blank, no control characters).",
                    example = "Aliyev") @QueryParam("q") String q,
            @Parameter(description = "Only actors of this kind: person, state, organisation, authority or armed-force; "
                    + "repeat for any of several kinds.", example = "[\"person\"]",
                    schema = @Schema(type = SchemaType.ARRAY, implementation = ActorKind.class))
            @QueryParam("kind") List<String> kind,
            @BeanParam PageParams paging, @Context HttpServerRequest request) {
        Set<ActorKind> kinds = QueryParams.codes("kind", kind, ActorKind.class);
        return Paging.response(request, actors.search(QueryParams.text("q", q), kinds, paging.toRequest()));
    }

    @GET
    @Path("/{id}")
    @Operation(operationId = "getActor", summary = "Get one actor with the events they take part in",
            description = "Returns the actor and, chronologically, every event they take part in with their roles.")
    @APIResponse(responseCode = "200", description = "The actor.", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ActorDetail.class),
            examples = @ExampleObject(name = "putin", ref = "actor-putin")))
    public ActorDetail getActor(
            @Parameter(description = "Id of the actor (see GET /api/v1/actors).", example = "putin")
            @RestPath String id) {
        return actors.findById(id).orElseThrow(() -> ProblemException.notFound("actor", id));
    }
}
