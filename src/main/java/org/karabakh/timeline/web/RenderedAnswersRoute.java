package org.karabakh.timeline.web;

import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/**
 * Answers a request whose answer is already rendered straight from memory, on the event loop, before
 * the REST layer: no database, no rendering, no hashing, and a {@code 304} from the kept ETag. Any
 * other request goes on to the REST layer, which renders it and keeps the answer
 * ({@link ConditionalGet}).
 */
@ApplicationScoped
public class RenderedAnswersRoute {

    private static final String API = "/api/v1/";

    private final RenderedAnswers answers;

    public RenderedAnswersRoute(RenderedAnswers answers) {
        this.answers = answers;
    }

    void install(@Observes Router router) {
        router.route(API + "*").handler(this::answer);
    }

    private void answer(RoutingContext context) {
        HttpServerRequest request = context.request();
        boolean head = request.method() == HttpMethod.HEAD;
        if (!head && request.method() != HttpMethod.GET) {
            context.next();
            return;
        }
        RenderedAnswers.Rendered rendered = answers
                .find(RenderedAnswers.key(request.path(), request.query(), request.getHeader(HttpHeaders.ACCEPT)))
                .orElse(null);
        if (rendered == null) {
            answers.missed(request);
            context.next();
            return;
        }
        RouteTemplate.set(request, rendered.routeTemplate());
        HttpServerResponse response = context.response();
        if (ConditionalGet.matches(request.getHeader(HttpHeaders.IF_NONE_MATCH), rendered.etag())) {
            response.headers().addAll(rendered.notModifiedHeaders());
            response.setStatusCode(304).end();
        } else if (head) {
            response.headers().addAll(rendered.headers());
            response.putHeader(HttpHeaders.CONTENT_LENGTH, Integer.toString(rendered.body().readableBytes())).end();
        } else if (!rendered.send(response)) {
            answers.missed(request);
            context.next();
        }
    }
}
