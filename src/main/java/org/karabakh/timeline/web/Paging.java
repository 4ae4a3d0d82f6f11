package org.karabakh.timeline.web;

import jakarta.ws.rs.core.Link;
import jakarta.ws.rs.core.UriBuilder;
import jakarta.ws.rs.core.UriInfo;
import org.jboss.resteasy.reactive.RestResponse;
import org.karabakh.timeline.paging.Page;

import java.util.ArrayList;
import java.util.List;

/** Sends a page with the RFC 8288 {@code Link} header every list endpoint carries. */
public final class Paging {

    private Paging() {
    }

    public static <T> RestResponse<Page<T>> response(UriInfo uri, Page<T> page) {
        List<Link> links = new ArrayList<>();
        int last = lastPage(page);
        links.add(link(uri, page, 0, "first"));
        if (page.page() > 0) {
            links.add(link(uri, page, Math.min(page.page() - 1, last), "prev"));
        }
        if (page.page() < last) {
            links.add(link(uri, page, page.page() + 1, "next"));
        }
        links.add(link(uri, page, last, "last"));
        return RestResponse.ResponseBuilder.ok(page).links(links.toArray(Link[]::new)).build();
    }

    private static int lastPage(Page<?> page) {
        return page.total() == 0 ? 0 : (int) ((page.total() - 1) / page.size());
    }

    private static Link link(UriInfo uri, Page<?> page, int number, String rel) {
        UriBuilder target = uri.getRequestUriBuilder()
                .replaceQueryParam("page", number)
                .replaceQueryParam("size", page.size());
        return Link.fromUriBuilder(target).rel(rel).build();
    }
}
