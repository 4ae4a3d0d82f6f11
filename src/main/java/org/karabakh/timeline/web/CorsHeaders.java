package org.karabakh.timeline.web;

import io.vertx.core.MultiMap;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.Router;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.util.List;
import java.util.Optional;

/**
 * CORS headers that a shared cache may store: Quarkus's CORS filter answers preflights but echoes
 * the request's {@code Origin} (even {@code null}), while responses are {@code Cache-Control: public}
 * and vary only by {@code Accept}. With the default {@code quarkus.http.cors.origins=*} every response,
 * with or without an {@code Origin}, carries {@code Access-Control-Allow-Origin: *} and the exposed
 * headers, so it is the same for every site (the data is public and no credentials are used). When an
 * operator lists origins instead, the echoed origin stays and every response gets {@code Vary: Origin}.
 */
@ApplicationScoped
public class CorsHeaders {

    private final boolean enabled;
    private final boolean anyOrigin;
    private final Optional<String> exposedHeaders;

    CorsHeaders(@ConfigProperty(name = "quarkus.http.cors.enabled") boolean enabled,
            @ConfigProperty(name = "quarkus.http.cors.origins") Optional<List<String>> origins,
            @ConfigProperty(name = "quarkus.http.cors.exposed-headers") Optional<List<String>> exposedHeaders) {
        this.enabled = enabled;
        this.anyOrigin = origins.map(list -> list.contains("*")).orElse(false);
        this.exposedHeaders = exposedHeaders.map(list -> String.join(",", list));
    }

    void install(@Observes Router router) {
        if (!enabled) {
            return;
        }
        router.route().order(Integer.MIN_VALUE).handler(ctx -> {
            ctx.addHeadersEndHandler(ended -> apply(ctx.response().headers()));
            ctx.next();
        });
    }

    private void apply(MultiMap headers) {
        if (anyOrigin) {
            headers.set(HttpHeaders.ACCESS_CONTROL_ALLOW_ORIGIN, "*");
            exposedHeaders.ifPresent(exposed -> headers.set(HttpHeaders.ACCESS_CONTROL_EXPOSE_HEADERS, exposed));
        } else {
            headers.add(HttpHeaders.VARY, "Origin");
        }
    }
}
