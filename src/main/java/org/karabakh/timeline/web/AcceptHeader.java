package org.karabakh.timeline.web;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

import java.lang.reflect.Method;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * What {@code Accept} means on every resource, beyond the framework's matching against
 * {@code @Produces}: the {@code format} query parameter wins over it, and a type it rates
 * {@code q=0} is never sent.
 */
public class AcceptHeader {

    public static final String FORMAT = "format";

    private final Map<Method, List<MediaType>> produced = new ConcurrentHashMap<>();

    /**
     * A browser following a link sends {@code Accept: text/html}, which no resource produces, and the
     * framework would answer 406 before the resource could read {@code format}. So before a resource
     * is matched, a request that names a format accepts any type, and the resource alone decides
     * ({@link Format#negotiate}): the named format, or a 400 naming {@code format} when it has no such
     * format. Where no resource takes {@code format}, the parameter is ignored like any unknown one.
     */
    @ServerRequestFilter(preMatching = true)
    public void letFormatWinOverAccept(ContainerRequestContext request) {
        List<String> formats = request.getUriInfo().getQueryParameters().get(FORMAT);
        if (formats != null && formats.stream().anyMatch(format -> format != null && !format.isBlank())) {
            request.getHeaders().putSingle(HttpHeaders.ACCEPT, MediaType.WILDCARD);
        }
    }

    /**
     * The framework matches Accept against {@code @Produces} without reading {@code q}, so it would
     * send a type rated {@code q=0}; this applies {@link Format#preferred(String, List)}, the rule of
     * the resources that negotiate for themselves, to every resource.
     */
    @ServerRequestFilter
    public void refuseWhatAcceptRatesZero(ContainerRequestContext request, ResourceInfo resource) {
        Method method = resource.getResourceMethod();
        if (method == null) {
            return;
        }
        List<MediaType> types = produced.computeIfAbsent(method,
                m -> ProducedTypes.declaredBy(m).stream().map(MediaType::valueOf).toList());
        String accept = request.getHeaderString(HttpHeaders.ACCEPT);
        if (!types.isEmpty() && Format.preferred(accept, types).isEmpty()) {
            throw ProblemException.notAcceptable(accept, types.stream().map(MediaType::toString).toList());
        }
    }
}
