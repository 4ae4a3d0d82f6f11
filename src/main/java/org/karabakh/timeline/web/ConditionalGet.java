package org.karabakh.timeline.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.StreamingOutput;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.Base64;

/**
 * The one place where successful GETs get their validators: a strong {@code ETag} computed from
 * the exact bytes sent, {@code Cache-Control}, the dataset version, and {@code 304 Not Modified}
 * when the client already holds that representation. The body is serialised here once and sent
 * as those same bytes, so the tag always matches what goes over the wire.
 */
public class ConditionalGet {

    public static final String DATASET_VERSION_HEADER = "X-Dataset-Version";

    private final ObjectMapper json;
    private final DatasetVersion dataset;
    private final HttpCacheConfig config;

    public ConditionalGet(ObjectMapper json, DatasetVersion dataset, HttpCacheConfig config) {
        this.json = json;
        this.dataset = dataset;
        this.config = config;
    }

    @ServerResponseFilter
    public void addValidators(ContainerRequestContext request, ContainerResponseContext response)
            throws JsonProcessingException {
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
        } else {
            byte[] body = bytesOf(entity);
            response.setEntity(body, response.getEntityAnnotations(), response.getMediaType());
            tag = new EntityTag(digest(body));
            if (HttpMethod.HEAD.equals(request.getMethod())) {
                // HEAD sends no body, so nothing else would say how long GET's is.
                response.getHeaders().putSingle(HttpHeaders.CONTENT_LENGTH, body.length);
            }
        }
        response.getHeaders().putSingle(HttpHeaders.ETAG, tag);
        if (matches(request.getHeaderString(HttpHeaders.IF_NONE_MATCH), tag)) {
            response.setStatus(304);
            response.setEntity(null);
            response.getHeaders().remove(HttpHeaders.CONTENT_TYPE);
            response.getHeaders().remove(HttpHeaders.CONTENT_LENGTH);
            response.getHeaders().remove(Paging.LINK);
            response.getHeaders().remove(Paging.TOTAL_COUNT);
        }
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


    /** RFC 9110 If-None-Match: a list of tags or "*", compared weakly. */
    static boolean matches(String ifNoneMatch, EntityTag tag) {
        if (ifNoneMatch == null || ifNoneMatch.isBlank()) {
            return false;
        }
        return Arrays.stream(ifNoneMatch.split(","))
                .map(String::trim)
                .map(candidate -> candidate.startsWith("W/") ? candidate.substring(2) : candidate)
                .anyMatch(candidate -> candidate.equals("*") || candidate.equals("\"" + tag.getValue() + "\""));
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
