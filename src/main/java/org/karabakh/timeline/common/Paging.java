package org.karabakh.timeline.common;

import jakarta.ws.rs.core.Link;
import jakarta.ws.rs.core.UriBuilder;
import jakarta.ws.rs.core.UriInfo;
import org.jboss.resteasy.reactive.RestResponse;

import java.util.ArrayList;
import java.util.List;

/** Wraps a page in its response with the RFC 8288 {@code Link} header every list endpoint sends. */
public final class Paging {

    private Paging() {
    }

    /** The envelope record an API list is documented as, e.g. {@code EventPage::new}. */
    @FunctionalInterface
    public interface Envelope<T, P> {
        P wrap(List<T> items, int page, int size, long total);
    }

    public static <T, P> RestResponse<P> response(UriInfo uri, Page<T> page, Envelope<T, P> envelope) {
        List<Link> links = new ArrayList<>();
        int last = page.lastPage();
        links.add(link(uri, page, 0, "first"));
        if (page.page() > 0) {
            links.add(link(uri, page, Math.min(page.page() - 1, last), "prev"));
        }
        if (page.page() < last) {
            links.add(link(uri, page, page.page() + 1, "next"));
        }
        links.add(link(uri, page, last, "last"));
        P body = envelope.wrap(page.items(), page.page(), page.size(), page.total());
        return RestResponse.ResponseBuilder.ok(body).links(links.toArray(Link[]::new)).build();
    }

    private static Link link(UriInfo uri, Page<?> page, int number, String rel) {
        UriBuilder target = uri.getRequestUriBuilder()
                .replaceQueryParam("page", number)
                .replaceQueryParam("size", page.size());
        return Link.fromUriBuilder(target).rel(rel).build();
    }
}
