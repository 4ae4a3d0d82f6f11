package org.karabakh.timeline.web;

import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.NotAcceptableException;
import jakarta.ws.rs.NotAllowedException;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import java.util.stream.Collectors;

/** The one place where failures become RFC 9457 problem+json responses. */
public class ProblemMapper {

    private static final Logger LOG = Logger.getLogger(ProblemMapper.class);

    private final ProducedTypes produced;

    public ProblemMapper(ProducedTypes produced) {
        this.produced = produced;
    }

    @ServerExceptionMapper
    public Response mapProblem(ProblemException e, UriInfo uri) {
        return problem(e.status().getStatusCode(), e.getMessage(), uri, e.parameter());
    }

    @ServerExceptionMapper
    public Response mapNotFound(NotFoundException e, UriInfo uri) {
        return problem(404, "No resource at " + uri.getRequestUri().getPath()
                + "; see /q/openapi or /q/swagger-ui for the API's paths.", uri, null);
    }

    @ServerExceptionMapper
    public Response mapNotAllowed(NotAllowedException e, UriInfo uri, jakarta.ws.rs.core.Request request) {
        // The API is read-only; the framework does not always fill in the allowed methods. OPTIONS is
        // always allowed: it answers CORS preflights and lists the methods.
        java.util.Set<String> methods = new java.util.TreeSet<>(e.getResponse().getAllowedMethods());
        if (methods.isEmpty()) {
            methods.addAll(java.util.List.of("GET", "HEAD"));
        }
        methods.add("OPTIONS");
        String allowed = String.join(", ", methods);
        Response.ResponseBuilder builder = builder(405, request.getMethod() + " is not supported on "
                + uri.getRequestUri().getPath() + "; allowed: " + allowed + ".", uri, null);
        return builder.header(HttpHeaders.ALLOW, allowed).build();
    }

    @ServerExceptionMapper
    public Response mapNotAcceptable(NotAcceptableException e, UriInfo uri, HttpHeaders headers) {
        // The framework rejects before a resource method is picked: name what this path serves.
        return mapProblem(ProblemException.notAcceptable(headers.getHeaderString(HttpHeaders.ACCEPT),
                produced.at(uri.getPath())), uri);
    }

    @ServerExceptionMapper
    public Response mapConstraintViolation(ConstraintViolationException e, UriInfo uri) {
        String detail = e.getConstraintViolations().stream()
                .map(v -> v.getPropertyPath() + ": " + v.getMessage())
                .sorted()
                .collect(Collectors.joining("; "));
        return problem(400, detail, uri, null);
    }

    @ServerExceptionMapper
    public Response mapWebApplication(WebApplicationException e, UriInfo uri) {
        int status = e.getResponse().getStatus();
        String detail = e.getMessage() == null ? Response.Status.fromStatusCode(status).getReasonPhrase() : e.getMessage();
        return problem(status, detail, uri, null);
    }

    @ServerExceptionMapper
    public Response mapUnexpected(Throwable e, UriInfo uri) {
        LOG.errorf(e, "Unexpected failure on %s", uri.getRequestUri());
        return problem(500, "The server failed to answer this request; the failure has been logged.", uri, null);
    }

    private static Response problem(int status, String detail, UriInfo uri, String parameter) {
        return builder(status, detail, uri, parameter).build();
    }

    private static Response.ResponseBuilder builder(int status, String detail, UriInfo uri, String parameter) {
        Problem body = Problem.of(status, detail, uri.getRequestUri().getRawPath(), parameter);
        return Response.status(status).type(Problem.MEDIA_TYPE).entity(body);
    }
}
