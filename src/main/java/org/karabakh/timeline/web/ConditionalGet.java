package org.karabakh.timeline.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.vertx.core.MultiMap;
import io.vertx.core.http.HttpServerRequest;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.StreamingOutput;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;

/**
 * The one place where successful GETs get their validators: a strong {@code ETag} computed from
 * the exact bytes sent, {@code Cache-Control}, the dataset version, and {@code 304 Not Modified}
 * when the client already holds that representation. The body is serialised here once and sent
 * as those same bytes, so the tag always matches what goes over the wire; the answer is then kept
 * in {@link RenderedAnswers}, so the next request for it never reaches this filter.
 */
public class ConditionalGet {

    public static final String DATASET_VERSION_HEADER = "X-Dataset-Version";

    /** What a {@code 304} leaves out of the answer it stands for: it has no body. */
    static final List<String> NOT_MODIFIED_DROPS = List.of(HttpHeaders.CONTENT_TYPE, HttpHeaders.CONTENT_LENGTH,
            Paging.LINK, Paging.TOTAL_COUNT);

    private final ObjectMapper json;
    private final DatasetVersion dataset;
    private final HttpCacheConfig config;
    private final RenderedAnswers answers;

    public ConditionalGet(ObjectMapper json, DatasetVersion dataset, HttpCacheConfig config, RenderedAnswers answers) {
        this.json = json;
        this.dataset = dataset;
        this.config = config;
        this.answers = answers;
    }

    @ServerResponseFilter
    public void addValidators(ContainerRequestContext request, ContainerResponseContext response,
            HttpServerRequest wire) throws JsonProcessingException {
        dataset.version().ifPresent(version -> response.getHeaders().putSingle(DATASET_VERSION_HEADER, version));
        boolean get = HttpMethod.GET.equals(request.getMethod()) || HttpMethod.HEAD.equals(request.getMethod());
        if (!get || response.getStatus() != 200 || !response.hasEntity()) {
            return;
        }
        response.getHeaders().putSingle(HttpHeaders.CACHE_CONTROL, "public, max-age=" + config.cacheMaxAge()
                + ", must-revalidate");
        response.getHeaders().putSingle(HttpHeaders.VARY, "Accept");

        EntityTag tag;
        Object entity = response.getEntity();
        if (entity instanceof StreamingOutput) {
            // A stream is not buffered; its bytes are fixed by the loaded dataset and the request. The
            // dataset is its version and its load time: the same seeds reloaded into an empty database
            // get new createdAt/updatedAt, which the stream carries.
            tag = new EntityTag(digest((dataset.load().orElse("") + "\n" + request.getUriInfo().getRequestUri() + "\n"
                    + response.getMediaType()).getBytes(StandardCharsets.UTF_8)));
            response.getHeaders().putSingle(HttpHeaders.ETAG, tag);
        } else {
            byte[] body = bytesOf(entity);
            MediaType type = withCharset(response.getMediaType());
            response.setEntity(body, response.getEntityAnnotations(), type);
            tag = new EntityTag(digest(body));
            response.getHeaders().putSingle(HttpHeaders.ETAG, tag);
            keep(wire, response, type, body, tag);
            if (HttpMethod.HEAD.equals(request.getMethod())) {
                // HEAD sends no body, so nothing else would say how long GET's is.
                response.getHeaders().putSingle(HttpHeaders.CONTENT_LENGTH, body.length);
            }
        }
        if (matches(request.getHeaderString(HttpHeaders.IF_NONE_MATCH), tag)) {
            response.setStatus(304);
            response.setEntity(null);
            NOT_MODIFIED_DROPS.forEach(response.getHeaders()::remove);
        }
    }

    /** Keeps the answer exactly as it goes over the wire, with the headers that belong to it. */
    private void keep(HttpServerRequest wire, ContainerResponseContext response, MediaType type, byte[] body,
            EntityTag tag) {
        String renderedUnder = RenderedAnswers.renderedUnder(wire);
        if (renderedUnder == null) {
            return;
        }
        MultiMap headers = MultiMap.caseInsensitiveMultiMap();
        response.getStringHeaders().forEach((name, values) -> headers.add(name, values));
        headers.set(HttpHeaders.CONTENT_TYPE, type.toString());
        headers.remove(HttpHeaders.CONTENT_LENGTH);
        answers.keep(renderedUnder, RenderedAnswers.key(wire.path(), wire.query(), wire.getHeader(HttpHeaders.ACCEPT)),
                RenderedAnswers.Rendered.of(body, quoted(tag), headers, RouteTemplate.of(wire)));
    }

    /**
     * JSON is sent as UTF-8 and says so; the framework would add the charset only as it writes the
     * body, which the kept answer would then not know.
     */
    private static MediaType withCharset(MediaType type) {
        if (type != null && MediaType.APPLICATION_JSON_TYPE.isCompatible(type) && !type.isWildcardType()
                && !type.isWildcardSubtype() && !type.getParameters().containsKey(MediaType.CHARSET_PARAMETER)) {
            return type.withCharset(StandardCharsets.UTF_8.name());
        }
        return type;
    }

    private byte[] bytesOf(Object entity) throws JsonProcessingException {
        if (entity instanceof byte[] bytes) {
            return bytes;
        }
        if (entity instanceof String text) {
            return text.getBytes(StandardCharsets.UTF_8);
        }
        return json.writeValueAsBytes(entity);
    }


    static boolean matches(String ifNoneMatch, EntityTag tag) {
        return matches(ifNoneMatch, quoted(tag));
    }

    /** RFC 9110 If-None-Match: a list of tags or "*", compared weakly; {@code tag} with its quotes. */
    static boolean matches(String ifNoneMatch, String tag) {
        if (ifNoneMatch == null || ifNoneMatch.isBlank()) {
            return false;
        }
        if (ifNoneMatch.equals(tag)) {
            return true; // the usual revalidation, one tag sent back as received
        }
        return Arrays.stream(ifNoneMatch.split(","))
                .map(String::trim)
                .map(candidate -> candidate.startsWith("W/") ? candidate.substring(2) : candidate)
                .anyMatch(candidate -> candidate.equals("*") || candidate.equals(tag));
    }

    private static String quoted(EntityTag tag) {
        return "\"" + tag.getValue() + "\"";
    }

    private static String digest(byte[] bytes) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(bytes);
            return Base64.getUrlEncoder().withoutPadding().encodeToString(Arrays.copyOf(hash, 18));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
