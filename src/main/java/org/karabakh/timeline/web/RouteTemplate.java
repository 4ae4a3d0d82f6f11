package org.karabakh.timeline.web;

import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.http.impl.HttpServerRequestInternal;

/**
 * The route template of a request ({@code /events/{id}}, under the API root), the label its HTTP metrics carry
 * instead of the raw path, so a million event ids make one series, not a million. Quarkus REST records
 * it in the request's context when it matches a resource method; an answer served from memory
 * ({@link RenderedAnswersRoute}) never reaches Quarkus REST, so it puts back the template kept with
 * the answer.
 */
final class RouteTemplate {

    /** The context key Quarkus REST writes and the Micrometer HTTP binder reads. */
    private static final String KEY = "UrlPathTemplate";

    private RouteTemplate() {
    }

    /** The template Quarkus REST matched for this request; null when none did or metrics are off. */
    static String of(HttpServerRequest request) {
        return request instanceof HttpServerRequestInternal internal ? internal.context().getLocal(KEY) : null;
    }

    static void set(HttpServerRequest request, String template) {
        if (template != null && request instanceof HttpServerRequestInternal internal) {
            internal.context().putLocal(KEY, template);
        }
    }
}
