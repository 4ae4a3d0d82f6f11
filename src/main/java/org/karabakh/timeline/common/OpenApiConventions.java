package org.karabakh.timeline.common;

import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.headers.Header;
import org.eclipse.microprofile.openapi.models.media.Content;
import org.eclipse.microprofile.openapi.models.media.MediaType;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;

import java.util.Map;

/**
 * Documents what every GET of this API shares, in one place instead of on each method: the
 * caching headers and 304, the problem+json errors (400 for operations with query parameters,
 * 404 for those with a path id, 406 for all), and the paging {@code Link} header on lists.
 */
public class OpenApiConventions implements OASFilter {

    private static final String PROBLEM_REF = "#/components/schemas/Problem";

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        if (openAPI.getPaths() == null || openAPI.getPaths().getPathItems() == null) {
            return;
        }
        for (Map.Entry<String, PathItem> path : openAPI.getPaths().getPathItems().entrySet()) {
            Operation get = path.getValue().getGET();
            if (get != null) {
                document(path.getKey(), get);
            }
        }
    }

    private static void document(String path, Operation operation) {
        APIResponses responses = operation.getResponses();
        APIResponse ok = responses.getAPIResponse("200");
        if (ok != null) {
            ok.addHeader("ETag", header("Strong validator of this exact representation; send it in If-None-Match.",
                    "\"PyEkstHnMFf6id5KJ5gj3fW-\""));
            ok.addHeader("Cache-Control", header("How long the response may be reused before revalidating.",
                    "public, max-age=60, must-revalidate"));
            ok.addHeader("X-Dataset-Version", header("SHA-256 digest of the loaded seeds; changes with the data.",
                    "395da32f6d588fd2a5f7292454891c3a7a026f8f79a08d1888fa810c99459a2e"));
            boolean paged = operation.getParameters() != null && operation.getParameters().stream()
                    .anyMatch(p -> "page".equals(p.getName()));
            if (paged) {
                ok.addHeader("Link", header("RFC 8288 links to the first, prev, next and last pages.",
                        "<http://localhost:8080" + path + "?page=0&size=20>; rel=\"first\""));
            }
        }
        responses.addAPIResponse("304", OASFactory.createAPIResponse()
                .description("Not Modified: the If-None-Match header names the current ETag, so the cached copy is "
                        + "still good. No body.")
                .addHeader("ETag", header("The current ETag, the same as the one sent.", "\"PyEkstHnMFf6id5KJ5gj3fW-\"")));
        boolean hasQuery = operation.getParameters() != null && operation.getParameters().stream()
                .anyMatch(p -> p.getIn() == org.eclipse.microprofile.openapi.models.parameters.Parameter.In.QUERY);
        if (hasQuery) {
            responses.addAPIResponse("400", problem("Bad Request: a query parameter is malformed or out of range; "
                    + "`detail` names it and the accepted form, `parameter` holds its name."));
        }
        if (path.contains("{")) {
            responses.addAPIResponse("404", problem("Not Found: no item has this id."));
        }
        responses.addAPIResponse("406", problem("Not Acceptable: none of the media types in the Accept header can be "
                + "produced by this operation."));
    }

    private static APIResponse problem(String description) {
        Schema schema = OASFactory.createSchema().ref(PROBLEM_REF);
        MediaType mediaType = OASFactory.createMediaType().schema(schema);
        Content content = OASFactory.createContent().addMediaType(Problem.MEDIA_TYPE, mediaType);
        return OASFactory.createAPIResponse().description(description).content(content);
    }

    private static Header header(String description, String example) {
        return OASFactory.createHeader().description(description).example(example)
                .schema(OASFactory.createSchema().addType(Schema.SchemaType.STRING));
    }
}
