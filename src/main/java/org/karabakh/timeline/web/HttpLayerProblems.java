package org.karabakh.timeline.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.runtime.configuration.MemorySize;
import io.quarkus.vertx.http.runtime.RouteConstants;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import java.io.UncheckedIOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;

/**
 * Problem+json for what the HTTP layer rejects before any JAX-RS code runs, the counterpart of
 * {@link ProblemMapper}: a request line or header block over the stated limits
 * ({@link RequestLimitsConfig}), a missing, malformed or repeated {@code Host} header, a body over
 * {@code quarkus.http.limits.max-body-size}, and paths no resource serves. Client mistakes are logged
 * at DEBUG only, so a burst of bad requests cannot fill a disk.
 *
 * <p>The request line and header limits the API states (414, 431) are checked here too: Vert.x's HTTP
 * codec answers its own limits with an empty body (Quarkus registers no
 * {@code HttpServer#invalidRequestHandler}), so the codec's are set far above the stated ones
 * ({@code quarkus.http.limits.*}, 64 KB) and only a request beyond those gets its empty 414 or 431 (as does a
 * header line the codec cannot parse, its empty 400). A
 * malformed percent-escape in the request target ({@code %zz}, a lone {@code %}) is named here too, with
 * its query parameter: {@link TimelineMain} turns off Quarkus's own check, which would answer it with an
 * empty 400 before any route.
 */
@ApplicationScoped
public class HttpLayerProblems {

    private static final Logger LOG = Logger.getLogger(HttpLayerProblems.class);
    private static final int QUOTED_MAX = 100;

    /** The space and the version around the request target in a request line ("GET /x HTTP/1.1"). */
    private static final int REQUEST_LINE_FRAME = " HTTP/1.1".length() + 1;
    /** ": " and CRLF around each header's name and value. */
    private static final int HEADER_LINE_FRAME = 4;

    private final ObjectMapper json;
    private final long maxBodySize;
    private final long maxRequestLine;
    private final long maxHeaderSize;

    HttpLayerProblems(ObjectMapper json,
            @ConfigProperty(name = "quarkus.http.limits.max-body-size") MemorySize maxBodySize, RequestLimitsConfig limits) {
        this.json = json;
        this.maxBodySize = maxBodySize.asLongValue();
        this.maxRequestLine = limits.requestLine().asLongValue();
        this.maxHeaderSize = limits.headerSize().asLongValue();
    }

    void install(@Observes Router router) {
        // Before Quarkus's own body-size check, which answers 413 with an empty body.
        router.route().order(RouteConstants.ROUTE_ORDER_UPLOAD_LIMIT - 1).handler(this::checkRequestHead);
        router.route().order(Integer.MIN_VALUE).failureHandler(this::failed);
        router.errorHandler(404, this::notFound);
        // Vert.x Web refuses a path it cannot decode before any route, failing the request with a bare 400.
        router.errorHandler(400, ctx -> {
            if (!rejectedMalformedEscape(ctx)) {
                failed(ctx);
            }
        });
    }

    private void checkRequestHead(RoutingContext ctx) {
        HttpServerRequest request = ctx.request();
        if (rejectedMalformedEscape(ctx)) {
            return;
        }
        long requestLine = request.method().name().length() + request.uri().length() + REQUEST_LINE_FRAME;
        if (requestLine > maxRequestLine) {
            reject(ctx, 414, "The request line (method, URL and version: " + requestLine + " bytes) is over the limit of "
                    + maxRequestLine + " bytes; ask for fewer or shorter filter values.");
            return;
        }
        long headerSize = headerSize(request);
        if (headerSize > maxHeaderSize) {
            reject(ctx, 431, "The request's header lines (" + headerSize + " bytes together) are over the limit of "
                    + maxHeaderSize + " bytes.");
            return;
        }
        if (request.headers().getAll(HttpHeaders.HOST).size() > 1) {
            reject(ctx, 400, "A request carries one Host header; this one has "
                    + request.headers().getAll(HttpHeaders.HOST).size() + ".");
            return;
        }
        long length = contentLength(request);
        if (length > maxBodySize) {
            ctx.response().putHeader(HttpHeaders.CONNECTION, HttpHeaders.CLOSE)
                    .endHandler(ended -> request.connection().close());
            reject(ctx, 413, "The request body (" + length + " bytes) is over the limit of " + maxBodySize
                    + " bytes; this read-only API takes no request bodies.");
            return;
        }
        ctx.next();
    }

    /** A request Vert.x could not route (a missing or malformed Host, a path not starting with '/'), or a failure. */
    private void failed(RoutingContext ctx) {
        if (ctx.response().headWritten()) {
            ctx.next();
            return;
        }
        int status = ctx.statusCode() < 400 ? 500 : ctx.statusCode();
        String reason = ctx.failure() == null ? null : ctx.failure().getMessage();
        if (status >= 500) {
            LOG.errorf(ctx.failure(), "Unexpected failure on %s %s", ctx.request().method(), ctx.request().uri());
            send(ctx, 500, "The server failed to answer this request; the failure has been logged.");
        } else if (status == 404) {
            notFound(ctx);
        } else if (status == 400 && reason != null && reason.contains("'Host' header")) {
            String host = ctx.request().getHeader(HttpHeaders.HOST);
            reject(ctx, 400, "The Host header must name a host and optional port (RFC 9110, section 7.2); "
                    + (host == null ? "there is none." : "got " + quoted(host) + "."));
        } else {
            reject(ctx, status, reason == null ? "The request is malformed." : reason);
        }
    }

    /**
     * A '%' in the request target must start an escape, two hexadecimal digits; a decoder fails on any other.
     * Answers 400 naming the escape, where it is and the query parameter holding it; true when it answered.
     */
    private boolean rejectedMalformedEscape(RoutingContext ctx) {
        String target = ctx.request().uri();
        int at = malformedEscape(target);
        if (at < 0) {
            return false;
        }
        int query = target.indexOf('?');
        boolean inQuery = query >= 0 && at > query;
        String parameter = inQuery ? parameterAt(target, query, at) : null;
        String where = !inQuery ? "The URL path"
                : parameter == null ? "The query" : "Query parameter '" + parameter + "'";
        String instance = withMalformedEscapesQuoted(query < 0 ? target : target.substring(0, query));
        String detail = where + " has a malformed percent-escape " + quoted(target.substring(at, Math.min(at + 3,
                target.length()))) + " at character " + (at + 1) + " of the URL: a '%' starts an escape of two "
                + "hexadecimal digits; write a literal '%' as %25.";
        LOG.debugf("Rejected %s %s: 400 %s", ctx.request().method(), target, detail);
        send(ctx, 400, detail, instance, parameter);
        return true;
    }

    /** Where the first '%' not followed by two hexadecimal digits is, or -1. */
    private static int malformedEscape(String target) {
        for (int at = target.indexOf('%'); at >= 0; at = target.indexOf('%', at + 1)) {
            if (at + 2 >= target.length() || !HexFormat.isHexDigit(target.charAt(at + 1))
                    || !HexFormat.isHexDigit(target.charAt(at + 2))) {
                return at;
            }
        }
        return -1;
    }

    /** The name of the query parameter whose name or value holds {@code at}, if its own name decodes. */
    private static String parameterAt(String target, int query, int at) {
        int start = Math.max(target.lastIndexOf('&', at), query) + 1;
        int equals = target.indexOf('=', start);
        String name = target.substring(start, equals < 0 || equals > at ? at : equals);
        if (equals < 0 || equals > at || malformedEscape(name) >= 0) {
            return null;
        }
        return URLDecoder.decode(name, StandardCharsets.UTF_8);
    }

    /** The path as a URI reference (a problem's {@code instance}): each '%' that starts no escape written %25. */
    private static String withMalformedEscapesQuoted(String path) {
        StringBuilder quotedPath = new StringBuilder(path);
        for (int at = malformedEscape(quotedPath.toString()); at >= 0; at = malformedEscape(quotedPath.toString())) {
            quotedPath.replace(at, at + 1, "%25");
        }
        return quotedPath.toString();
    }

    private void notFound(RoutingContext ctx) {
        reject(ctx, 404, "No resource at " + ctx.request().path()
                + "; see /q/openapi or /q/swagger-ui for the API's paths.");
    }

    private void reject(RoutingContext ctx, int status, String detail) {
        LOG.debugf("Rejected %s %s: %d %s", ctx.request().method(), ctx.request().uri(), status, detail);
        send(ctx, status, detail);
    }

    private void send(RoutingContext ctx, int status, String detail) {
        send(ctx, status, detail, ctx.request().path(), null);
    }

    private void send(RoutingContext ctx, int status, String detail, String instance, String parameter) {
        Problem problem = Problem.of(status, detail, instance, parameter);
        try {
            ctx.response().setStatusCode(status)
                    .putHeader(HttpHeaders.CONTENT_TYPE, Problem.MEDIA_TYPE)
                    .end(json.writeValueAsString(problem));
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static long headerSize(HttpServerRequest request) {
        long size = 0;
        for (var header : request.headers()) {
            size += header.getKey().length() + header.getValue().length() + HEADER_LINE_FRAME;
        }
        return size;
    }

    private static long contentLength(HttpServerRequest request) {
        String value = request.getHeader(HttpHeaders.CONTENT_LENGTH);
        try {
            return value == null ? 0 : Long.parseLong(value.trim());
        } catch (NumberFormatException e) {
            return 0; // Netty has already rejected a malformed Content-Length
        }
    }

    private static String quoted(String text) {
        return "'" + (text.length() <= QUOTED_MAX ? text : text.substring(0, QUOTED_MAX) + "…") + "'";
    }
}
