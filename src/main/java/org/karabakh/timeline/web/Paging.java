package org.karabakh.timeline.web;

import io.vertx.core.http.HttpServerRequest;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.RestResponse;
import org.karabakh.timeline.paging.Page;
import org.karabakh.timeline.paging.PageRequest;

import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The headers of every list answer: {@code X-Total-Count}, the number of items matching the request
 * across all pages, and for a page the RFC 8288 {@code Link} header with first, prev, next and last.
 * Links are relative to the server, built from the request target's path and query only, never from
 * the {@code Host} header: a forged Host is not reflected, an absolute-form or Host-less request gets
 * the same links, and behind a proxy they resolve against the address the client used.
 */
public final class Paging {

    public static final String TOTAL_COUNT = "X-Total-Count";
    public static final String LINK = "Link";

    private static final Set<String> PAGE_PARAMETERS = Set.of("page", "size", "after");

    /** A page is JSON; saying so spares the framework negotiating it again from Accept. */
    private static final MediaType JSON = MediaType.valueOf(Format.JSON.contentType());

    /** What RFC 3986 allows unescaped in a path besides letters and digits. */
    private static final String PATH_CHARACTERS = "-._~!$&'()*+,;=:@/%";

    private Paging() {
    }

    /** A JSON page with its {@code Link} and {@code X-Total-Count} headers. */
    public static <T> RestResponse<Page<T>> response(HttpServerRequest request, Page<T> page) {
        RestResponse.ResponseBuilder<Page<T>> response = RestResponse.ResponseBuilder.ok(page, JSON)
                .header(TOTAL_COUNT, page.total());
        links(request, new PageRequest(page.page(), page.size()), page.total(), page.totalExact())
                .forEach(link -> response.header(LINK, link));
        return response.build();
    }

    /**
     * A JSON page read by keyset ({@code after}): {@code first} goes back to the top of the list, {@code next}
     * continues after the page's last item while full pages come back; there is no page number to link to.
     */
    public static <T extends Identified> RestResponse<Page<T>> keysetResponse(HttpServerRequest request, Page<T> page) {
        RestResponse.ResponseBuilder<Page<T>> response = RestResponse.ResponseBuilder.ok(page, JSON)
                .header(TOTAL_COUNT, page.total());
        response.header(LINK, link(request, "page=0&size=" + page.size(), "first"));
        if (!page.items().isEmpty() && page.items().size() == page.size() && page.total() > page.size()) {
            String last = page.items().get(page.items().size() - 1).id();
            response.header(LINK, link(request, "after=" + encode(last) + "&size=" + page.size(), "next"));
        }
        return response.build();
    }

    /** An item a keyset link can name. */
    public interface Identified {
        String id();
    }

    /**
     * An export (CSV, iCalendar, GeoJSON, NDJSON): {@code X-Total-Count} always; {@code Link} too when
     * {@code size} made it a page rather than the whole list, and {@code paging} is given (null: no page links,
     * as for a list read by keyset).
     */
    public static Response.ResponseBuilder export(Response.ResponseBuilder response, HttpServerRequest request,
            PageParams paging, long total) {
        response.header(TOTAL_COUNT, total);
        if (paging != null && paging.exportIsPaged()) {
            links(request, paging.toRequest(), total, total < Page.COUNT_LIMIT).forEach(link -> response.header(LINK, link));
        }
        return response;
    }

    /** When the total is only a lower bound, the last page is unknown: no {@code last}, and {@code next} always. */
    private static List<String> links(HttpServerRequest request, PageRequest page, long total, boolean exact) {
        List<String> links = new ArrayList<>();
        int last = total == 0 ? 0 : (int) ((total - 1) / page.size());
        links.add(link(request, 0, page.size(), "first"));
        if (page.page() > 0) {
            links.add(link(request, exact ? Math.min(page.page() - 1, last) : page.page() - 1, page.size(), "prev"));
        }
        if (page.page() < last || !exact) {
            links.add(link(request, page.page() + 1, page.size(), "next"));
        }
        if (exact) {
            links.add(link(request, last, page.size(), "last"));
        }
        return links;
    }

    /** {@code </api/v1/events?type=war&page=1&size=5>; rel="next"}: the request's query with page and size set. */
    private static String link(HttpServerRequest request, int page, int size, String rel) {
        return link(request, "page=" + page + "&size=" + size, rel);
    }

    /** The request's query without its paging parameters, then {@code position} (already encoded). */
    private static String link(HttpServerRequest request, String position, String rel) {
        StringBuilder target = new StringBuilder(path(request.path())).append('?');
        String query = request.query();
        if (query != null) {
            for (String parameter : query.split("&")) {
                int equals = parameter.indexOf('=');
                String name = decode(equals < 0 ? parameter : parameter.substring(0, equals));
                if (!name.isEmpty() && !PAGE_PARAMETERS.contains(name)) {
                    target.append(encode(name));
                    if (equals >= 0) {
                        target.append('=').append(encode(decode(parameter.substring(equals + 1))));
                    }
                    target.append('&');
                }
            }
        }
        target.append(position);
        return "<" + target + ">; rel=\"" + rel + "\"";
    }

    /** The path as the client sent it, with anything a URI may not hold unescaped escaped. */
    private static String path(String raw) {
        StringBuilder path = new StringBuilder();
        for (byte b : raw.getBytes(StandardCharsets.UTF_8)) {
            char c = (char) (b & 0xFF);
            if (c < 0x80 && (Character.isLetterOrDigit(c) || PATH_CHARACTERS.indexOf(c) >= 0)) {
                path.append(c);
            } else {
                path.append('%').append(String.format("%02X", b & 0xFF));
            }
        }
        return path.toString();
    }

    private static String decode(String text) {
        try {
            return URLDecoder.decode(text, StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return text;
        }
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
