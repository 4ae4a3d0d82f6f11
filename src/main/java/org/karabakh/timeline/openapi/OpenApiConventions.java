package org.karabakh.timeline.openapi;

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
import org.karabakh.timeline.web.Paging;
import org.karabakh.timeline.web.Problem;

import java.util.List;
import java.util.Map;

/**
 * Documents what every GET of this API shares, in one place instead of on each method: the
 * caching headers and 304, the problem+json errors (400 for operations with query parameters,
 * 404 for those with a path id, 406 for all), the paging {@code Link} and {@code X-Total-Count}
 * headers on lists, and one named schema per page type. It also keeps a {@code type} from standing
 * beside a {@code $ref}.
 */
public class OpenApiConventions implements OASFilter {

    private static final String PROBLEM_REF = "#/components/schemas/Problem";

    private static final String SCHEMAS = "#/components/schemas/";
    private static final String PAGE = "Page";

    /**
     * SmallRye copies the referenced schema's {@code type} next to the {@code $ref} of a property whose
     * {@code @Schema} adds a description ({@code {"description", "type": "string", "$ref": ...}}), and
     * next to the {@code anyOf} of a {@code $ref} and null of a nullable one, where a type without
     * {@code "null"} even forbids the null. The referenced schema already says it; client generators
     * drop it with a warning.
     */
    @Override
    public Schema filterSchema(Schema schema) {
        boolean refersToAnother = schema.getRef() != null
                || schema.getAnyOf() != null && schema.getAnyOf().stream().anyMatch(branch -> branch.getRef() != null);
        if (refersToAnother && schema.getType() != null) {
            schema.setType(null);
        }
        return schema;
    }

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        if (openAPI.getPaths() == null || openAPI.getPaths().getPathItems() == null) {
            return;
        }
        for (Map.Entry<String, PathItem> path : openAPI.getPaths().getPathItems().entrySet()) {
            Operation get = path.getValue().getGET();
            if (get != null) {
                document(path.getKey(), get);
                definePageSchemas(openAPI, get);
            }
        }
        openAPI.getComponents().removeSchema(PAGE);
    }

    /**
     * Lists answer with the one generic {@code Page} record, which SmallRye would name after the Java
     * types ({@code PageEventView}); operations refer to {@code <Item>Page} instead ({@code EventPage}),
     * and each such schema is the {@code Page} schema with its items typed, so generated clients get
     * readable, fully typed page classes.
     */
    private static void definePageSchemas(OpenAPI openAPI, Operation operation) {
        Map<String, Schema> schemas = openAPI.getComponents().getSchemas();
        Schema generic = schemas.get(PAGE);
        operation.getResponses().getAPIResponses().values().stream()
                .filter(response -> response.getContent() != null)
                .flatMap(response -> response.getContent().getMediaTypes().values().stream())
                .map(MediaType::getSchema)
                .filter(schema -> schema != null && schema.getRef() != null && schema.getRef().endsWith(PAGE))
                .map(schema -> schema.getRef().substring(SCHEMAS.length()))
                .filter(name -> !schemas.containsKey(name))
                .forEach(name -> openAPI.getComponents().addSchema(name,
                        typedPage(generic, name.substring(0, name.length() - PAGE.length()))));
    }

    private static Schema typedPage(Schema generic, String item) {
        Schema items = generic.getProperties().get("items");
        Schema page = OASFactory.createSchema().type(generic.getType()).description(generic.getDescription())
                .required(List.copyOf(generic.getRequired()));
        generic.getProperties().forEach((name, property) -> page.addProperty(name, property));
        return page.addProperty("items", OASFactory.createSchema().type(items.getType())
                .description(items.getDescription()).items(OASFactory.createSchema().ref(SCHEMAS + item)));
    }

    private static void document(String path, Operation operation) {
        APIResponses responses = operation.getResponses();
        APIResponse ok = responses.getAPIResponse("200");
        if (ok != null) {
            ok.addHeader("ETag", header("ETag"));
            ok.addHeader("Cache-Control", header("Cache-Control"));
            ok.addHeader("X-Dataset-Version", header("X-Dataset-Version"));
            boolean paged = operation.getParameters() != null && operation.getParameters().stream()
                    .anyMatch(p -> "page".equals(p.getName()));
            if (paged) {
                ok.addHeader(Paging.LINK, header(Paging.LINK));
                ok.addHeader(Paging.TOTAL_COUNT, header(Paging.TOTAL_COUNT));
            }
        }
        responses.addAPIResponse("304", OASFactory.createAPIResponse()
                .description("Not Modified: the If-None-Match header names the current ETag, so the cached copy is "
                        + "still good. No body.")
                .addHeader("ETag", header("ETag")));
        boolean hasQuery = operation.getParameters() != null && operation.getParameters().stream()
                .anyMatch(p -> p.getIn() == org.eclipse.microprofile.openapi.models.parameters.Parameter.In.QUERY);
        if (hasQuery) {
            responses.addAPIResponse("400", problem("Bad Request: a query parameter is malformed or out of range; "
                    + "`detail` names it and the accepted form, `parameter` holds its name."));
        }
        if (path.contains("{")) {
            responses.addAPIResponse("404", problem("Not Found: no item has this id."));
        }
        responses.addAPIResponse("406", problem("Not Acceptable: the Accept header accepts (with a q above 0) none "
                + "of the media types this operation produces; `detail` lists those it does."));
    }

    private static APIResponse problem(String description) {
        Schema schema = OASFactory.createSchema().ref(PROBLEM_REF);
        MediaType mediaType = OASFactory.createMediaType().schema(schema);
        Content content = OASFactory.createContent().addMediaType(Problem.MEDIA_TYPE, mediaType);
        return OASFactory.createAPIResponse().description(description).content(content);
    }

    /** A response header documented once, with its example, in META-INF/openapi.yaml. */
    private static Header header(String name) {
        return OASFactory.createHeader().ref(name);
    }
}
