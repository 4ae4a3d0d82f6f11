package org.karabakh.timeline.feed;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedHashMap;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.StreamingOutput;
import jakarta.ws.rs.core.UriInfo;
import org.junit.jupiter.api.Test;
import org.karabakh.timeline.seed.DatasetState;
import org.karabakh.timeline.web.ConditionalGet;
import org.karabakh.timeline.web.HttpCacheConfig;
import org.karabakh.timeline.web.RenderedAnswers;

import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.net.URI;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A streamed representation (NDJSON) is not buffered, so its strong ETag cannot be a digest of its
 * bytes; it is derived from what fixes those bytes. Every NDJSON line carries the event's createdAt
 * and updatedAt, and with the default in-memory database a restart reloads the same seeds (same
 * digest, same X-Dataset-Version) with new timestamps and a new loadedAt. The bytes differ, so the
 * strong ETag must differ too; otherwise a client holding the old stream is told 304 Not Modified.
 *
 * <p>A restart cannot happen inside the one Quarkus boot of the suite, so this drives the response
 * filter directly, as two starts of the service would: same dataset version, different loadedAt.
 */
class StreamedETagTest {

    private static final String VERSION = "61a1bed95a52a34519a08d8419d2f05015f00284c1d53618b055ddbaf0162e1c";
    private static final URI NDJSON = URI.create("http://localhost:8080/api/v1/events?format=ndjson");

    @Test
    void shouldChangeTheStreamedETagWhenTheSameSeedsAreReloadedWithNewTimestamps() throws Exception {
        String firstStart = etag(Instant.parse("2026-11-22T19:58:40.366908Z"), null);
        String secondStart = etag(Instant.parse("2026-11-22T20:06:13.656484Z"), null);

        assertThat(firstStart).isNotNull().isNotEqualTo(secondStart);
    }

    @Test
    void shouldAnswerInFullAfterARestartToAClientHoldingTheStreamOfThePreviousStart() throws Exception {
        Instant before = Instant.parse("2026-11-22T19:58:40.366908Z");
        String held = etag(before, null);

        assertThat(status(Instant.parse("2026-11-22T20:06:13.656484Z"), held)).isEqualTo(200);
        assertThat(status(before, held)).as("same load: still 304").isEqualTo(304);
    }

    @Test
    void shouldKeepTheStreamedETagWhileNothingWasReloaded() throws Exception {
        Instant loadedAt = Instant.parse("2026-11-22T19:58:40.366908Z");

        assertThat(etag(loadedAt, null)).isEqualTo(etag(loadedAt, null));
    }

    private static String etag(Instant loadedAt, String ifNoneMatch) throws Exception {
        Object tag = run(loadedAt, ifNoneMatch).headers.getFirst("ETag");
        assertThat(tag).as("ETag header").isInstanceOf(EntityTag.class);
        assertThat(((EntityTag) tag).isWeak()).as("weak").isFalse();
        return "\"" + ((EntityTag) tag).getValue() + "\"";
    }

    private static int status(Instant loadedAt, String ifNoneMatch) throws Exception {
        return run(loadedAt, ifNoneMatch).status;
    }

    private static FakeResponse run(Instant loadedAt, String ifNoneMatch) throws Exception {
        DatasetState dataset = new DatasetState();
        Method markLoaded = DatasetState.class.getDeclaredMethod("markLoaded", String.class, Instant.class);
        markLoaded.setAccessible(true);
        markLoaded.invoke(dataset, VERSION, loadedAt);
        HttpCacheConfig config = new HttpCacheConfig() {
            @Override
            public int cacheMaxAge() {
                return 60;
            }

            @Override
            public long renderedCacheBytes() {
                return 1024 * 1024;
            }
        };
        FakeResponse response = new FakeResponse();
        // A stream is never kept, so it needs no Vert.x request.
        new ConditionalGet(new ObjectMapper(), dataset, config, new RenderedAnswers(dataset, config))
                .addValidators(request(ifNoneMatch), response.proxy(), null);
        return response;
    }

    private static ContainerRequestContext request(String ifNoneMatch) {
        UriInfo uri = (UriInfo) Proxy.newProxyInstance(StreamedETagTest.class.getClassLoader(),
                new Class<?>[] { UriInfo.class }, (proxy, method, args) -> switch (method.getName()) {
                    case "getRequestUri" -> NDJSON;
                    default -> throw new UnsupportedOperationException(method.getName());
                });
        return (ContainerRequestContext) Proxy.newProxyInstance(StreamedETagTest.class.getClassLoader(),
                new Class<?>[] { ContainerRequestContext.class }, (proxy, method, args) -> switch (method.getName()) {
                    case "getMethod" -> "GET";
                    case "getUriInfo" -> uri;
                    case "getHeaderString" -> "If-None-Match".equalsIgnoreCase((String) args[0]) ? ifNoneMatch : null;
                    default -> throw new UnsupportedOperationException(method.getName());
                });
    }

    /** A 200 carrying an unbuffered NDJSON stream, as EventResource returns it. */
    private static final class FakeResponse {
        final MultivaluedMap<String, Object> headers = new MultivaluedHashMap<>();
        int status = 200;
        Object entity = (StreamingOutput) out -> out.write("{}\n".getBytes());

        ContainerResponseContext proxy() {
            return (ContainerResponseContext) Proxy.newProxyInstance(StreamedETagTest.class.getClassLoader(),
                    new Class<?>[] { ContainerResponseContext.class }, (proxy, method, args) -> {
                        switch (method.getName()) {
                            case "getHeaders":
                                return headers;
                            case "getStatus":
                                return status;
                            case "setStatus":
                                status = (Integer) args[0];
                                return null;
                            case "hasEntity":
                                return entity != null;
                            case "getEntity":
                                return entity;
                            case "setEntity":
                                entity = args[0];
                                return null;
                            case "getMediaType":
                                return new MediaType("application", "x-ndjson");
                            default:
                                throw new UnsupportedOperationException(method.getName());
                        }
                    });
        }
    }
}
