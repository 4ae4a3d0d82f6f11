package org.karabakh.timeline.web;

import jakarta.ws.rs.core.Response.Status;

import java.util.List;

/** Raised by resources and services for an error the caller can fix; rendered as problem+json. */
public class ProblemException extends RuntimeException {

    private final Status status;
    private final String parameter;

    private ProblemException(Status status, String detail, String parameter) {
        super(detail);
        this.status = status;
        this.parameter = parameter;
    }

    public static ProblemException notFound(String kind, String id) {
        return new ProblemException(Status.NOT_FOUND, "No " + kind + " with id '" + id + "'.", null);
    }

    public static ProblemException badParameter(String parameter, String detail) {
        return new ProblemException(Status.BAD_REQUEST, detail, parameter);
    }

    /** None of the types in {@code accept} can be produced; the detail names the ones that can. */
    public static ProblemException notAcceptable(String accept, List<String> produced) {
        String offered = produced.isEmpty() ? "see /q/openapi for the types this resource produces"
                : "this resource produces " + String.join(", ", produced);
        return new ProblemException(Status.NOT_ACCEPTABLE,
                "Cannot produce any of the media types in the Accept header '" + accept + "'; " + offered + ".", null);
    }

    public Status status() {
        return status;
    }

    public String parameter() {
        return parameter;
    }
}
