package org.karabakh.timeline.place;

import io.vertx.core.http.HttpServerRequest;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestPath;
import org.karabakh.timeline.paging.Page;
import org.karabakh.timeline.web.Format;
import org.karabakh.timeline.web.GeoJson;
import org.karabakh.timeline.web.PageParams;
import org.karabakh.timeline.web.Paging;
import org.karabakh.timeline.web.ProblemException;


@Path("/places")
@Tag(name = "Places")
public class PlaceResource {

    private final PlaceService places;

    public PlaceResource(PlaceService places) {
        this.places = places;
    }

    @GET
    @Produces({ MediaType.APPLICATION_JSON, Format.GEOJSON_TYPE })
    @Operation(operationId = "listPlaces", summary = "List places with their coordinates",
            description = """
                    Returns the places of the timeline ordered by name, paged, each with WGS 84 coordinates and its \
                    alternative names. With `Accept: application/geo+json` or `format=geojson` the answer is an \
                    RFC 7946 FeatureCollection of Point features ([longitude, latitude]), ready for a map library: one \
                    per place, with the place id and the properties `id`, `name`, `kind`, `description` and \
                    `alternativeNames`.""")
    @APIResponse(responseCode = "200", description = "A page of places, or all places as GeoJSON.", content = {
            @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "PlacePage"),
                    examples = @ExampleObject(name = "places", ref = "place-page")),
            @Content(mediaType = Format.GEOJSON_TYPE, schema = @Schema(implementation = GeoJson.FeatureCollection.class),
                    examples = @ExampleObject(name = "places", ref = "places-geojson")) })
    public Response listPlaces(@BeanParam PageParams paging,
            @Parameter(description = """
                    Representation, for links a browser opens; wins over `Accept`: `json` (default, paged) or \
                    `geojson` (an RFC 7946 FeatureCollection of every place unless `size` is given).""",
                    example = "json", schema = @Schema(type = SchemaType.STRING, enumeration = { "json", "geojson" }))
            @QueryParam("format") String format,
            @Context HttpHeaders headers, @Context HttpServerRequest request) {
        Format chosen = Format.negotiate(headers, format, Format.JSON, Format.GEOJSON);
        if (chosen == Format.GEOJSON) {
            Page<PlaceView> page = places.list(paging.toExportRequest());
            return Paging.export(Response.ok(PlaceView.geoJson(page.items()), chosen.contentType()), request, paging,
                    page.total()).build();
        }
        return Paging.response(request, places.list(paging.toRequest())).toResponse();
    }

    @GET
    @Path("/{id}")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "getPlace", summary = "Get one place with its alternative names and events",
            description = "Returns the place with its coordinates, alternative names (in any script) and the events "
                    + "that happened there or concern it, chronologically.")
    @APIResponse(responseCode = "200", description = "The place.", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = PlaceDetail.class),
            examples = @ExampleObject(name = "lachin-corridor", ref = "place-lachin-corridor")))
    public PlaceDetail getPlace(
            @Parameter(description = "Id of the place (see GET /api/v1/places).", example = "lachin-corridor")
            @RestPath String id) {
        return places.findById(id).orElseThrow(() -> ProblemException.notFound("place", id));
    }
}
