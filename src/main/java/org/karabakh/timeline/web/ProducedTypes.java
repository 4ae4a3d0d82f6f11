package org.karabakh.timeline.web;

import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.spi.Bean;
import jakarta.enterprise.inject.spi.BeanManager;
import jakarta.inject.Singleton;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;

import java.lang.reflect.Method;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The media types each GET produces, read once from the resources' {@code @Produces}. The framework
 * answers 406 before it picks a resource method, so this is how that answer can name the types the
 * path really serves.
 */
@Singleton
public class ProducedTypes {

    private static final Pattern TEMPLATE = Pattern.compile("\\{[^}]*}");

    private record Route(Pattern path, List<String> types) {
    }

    private final List<Route> routes;

    public ProducedTypes(BeanManager beans) {
        routes = beans.getBeans(Object.class, Any.Literal.INSTANCE).stream()
                .map(Bean::getBeanClass)
                .filter(type -> type.isAnnotationPresent(Path.class))
                .distinct()
                .flatMap(ProducedTypes::routes)
                .toList();
    }

    /** The types the GETs at this path (relative to the API root, e.g. {@code /eras/x}) produce; empty if none. */
    public List<String> at(String path) {
        Set<String> types = new LinkedHashSet<>();
        String normalised = "/" + String.join("/", Arrays.stream(path.split("/")).filter(s -> !s.isEmpty()).toList());
        routes.stream().filter(route -> route.path().matcher(normalised).matches())
                .forEach(route -> types.addAll(route.types()));
        return List.copyOf(types);
    }

    private static Stream<Route> routes(Class<?> resource) {
        return Arrays.stream(resource.getMethods())
                .filter(method -> method.isAnnotationPresent(GET.class))
                .map(method -> new Route(pattern(resource, method), declaredBy(method)));
    }

    /** The types a resource method declares it produces: its own {@code @Produces}, else its class's. */
    static List<String> declaredBy(Method method) {
        Produces produces = method.isAnnotationPresent(Produces.class) ? method.getAnnotation(Produces.class)
                : method.getDeclaringClass().getAnnotation(Produces.class);
        return produces == null ? List.of() : types(produces);
    }

    private static Pattern pattern(Class<?> resource, Method method) {
        Path sub = method.getAnnotation(Path.class);
        String template = resource.getAnnotation(Path.class).value() + (sub == null ? "" : "/" + sub.value());
        StringBuilder regex = new StringBuilder();
        for (String segment : template.split("/")) {
            if (!segment.isEmpty()) {
                Matcher variables = TEMPLATE.matcher(segment);
                regex.append('/').append(variables.matches() ? "[^/]+" : Pattern.quote(segment));
            }
        }
        return Pattern.compile(regex.isEmpty() ? "/" : regex.toString());
    }

    private static List<String> types(Produces produces) {
        return Arrays.stream(produces.value()).flatMap(value -> Arrays.stream(value.split(",")))
                .map(String::trim).filter(type -> !type.isEmpty()).toList();
    }
}
