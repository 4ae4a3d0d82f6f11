package org.karabakh.timeline.actor;

import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestResponse;
import org.karabakh.timeline.common.Coded;
import org.karabakh.timeline.common.Page;
import org.karabakh.timeline.common.PageParams;
import org.karabakh.timeline.common.Paging;
import org.karabakh.timeline.common.ProblemException;
import org.karabakh.timeline.common.QueryParams;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

@Path("/actors")
@Tag(name = "Actors")
@Produces(MediaType.APPLICATION_JSON)
public class ActorResource {

    private final ActorService actors;

    public ActorResource(ActorService actors) {
        this.actors = actors;
    }

    @GET
    @Operation(operationId = "listActors", summary = "List actors")
    public RestResponse<Page<ActorView>> listActors(
            @Parameter(description = "Case-insensitive text in the actor's name or description (at most 200 characters).",
                    example = "Aliyev") @QueryParam("q") String q,
            @Parameter(description = "Only actors of this kind; repeat for any of several kinds.", example = "person",
                    schema = @Schema(type = SchemaType.ARRAY, implementation = ActorKind.class))
            @QueryParam("kind") List<String> kind,
            @BeanParam PageParams paging, @Context UriInfo uri) {
        Set<ActorKind> kinds = QueryParams.oneOf("kind", kind, code -> Coded.fromCode(ActorKind.class, code).isPresent(),
                        Coded.codes(ActorKind.class)).stream()
                .map(code -> Coded.fromCode(ActorKind.class, code).orElseThrow())
                .collect(Collectors.toSet());
        Page<Actor> page = actors.search(QueryParams.text("q", q), kinds, paging.toRequest());
        return Paging.response(uri, page.map(ActorView::of));
    }

    @GET
    @Path("/{id}")
    @Operation(operationId = "getActor", summary = "Get one actor with the events they take part in")
    public ActorDetail getActor(@RestPath String id) {
        Actor actor = actors.findById(id).orElseThrow(() -> ProblemException.notFound("actor", id));
        return ActorDetail.of(actor, actors.participations(id));
    }
}
