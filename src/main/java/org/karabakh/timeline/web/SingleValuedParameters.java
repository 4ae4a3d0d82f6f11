package org.karabakh.timeline.web;

import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ResourceInfo;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

import java.lang.reflect.AnnotatedElement;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Parameter;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A query parameter that takes one value is refused when it is given more than once. The framework would
 * hand the resource the first value and drop the others unread, so {@code size=10&size=abc} answered a page
 * of ten and {@code year=2020&year=2021} the events of 2020 alone, as though the caller had asked for that.
 * Which parameters take one value is read from the resource method's declarations: a {@code @QueryParam} of a
 * single type, on the method or on the fields of its {@code @BeanParam}s; a collection repeats.
 */
public class SingleValuedParameters {

    private final Map<Method, Declared> declared = new ConcurrentHashMap<>();

    @ServerRequestFilter
    public void refuseRepeats(ContainerRequestContext request, ResourceInfo resource) {
        Method method = resource.getResourceMethod();
        if (method == null) {
            return;
        }
        Declared parameters = declared.computeIfAbsent(method, Declared::of);
        Map<String, List<String>> given = request.getUriInfo().getQueryParameters();
        for (String name : parameters.single()) {
            List<String> values = given.get(name);
            if (values != null && values.size() > 1) {
                throw ProblemException.badParameter(name, "Query parameter '" + name + "' takes one value and was "
                        + "given " + values.size() + " times" + parameters.repeatable() + ".");
            }
        }
    }

    /** A resource method's query parameters that take one value, and those that repeat. */
    private record Declared(List<String> single, List<String> repeating) {

        static Declared of(Method method) {
            List<String> single = new ArrayList<>();
            List<String> repeating = new ArrayList<>();
            for (Parameter parameter : method.getParameters()) {
                classify(parameter, parameter.getType(), single, repeating);
                if (parameter.isAnnotationPresent(BeanParam.class)) {
                    for (Class<?> type = parameter.getType(); type != Object.class; type = type.getSuperclass()) {
                        for (Field field : type.getDeclaredFields()) {
                            classify(field, field.getType(), single, repeating);
                        }
                    }
                }
            }
            return new Declared(List.copyOf(single), List.copyOf(repeating));
        }

        private static void classify(AnnotatedElement element, Class<?> type, List<String> single,
                List<String> repeating) {
            QueryParam query = element.getAnnotation(QueryParam.class);
            if (query != null) {
                (Collection.class.isAssignableFrom(type) ? repeating : single).add(query.value());
            }
        }

        /** What the caller may repeat instead, for the detail of a refused repeat. */
        String repeatable() {
            return repeating.isEmpty() ? "; none of this endpoint's query parameters repeats"
                    : "; of this endpoint's query parameters only " + String.join(", ", repeating)
                            + (repeating.size() == 1 ? " repeats" : " repeat");
        }
    }
}
