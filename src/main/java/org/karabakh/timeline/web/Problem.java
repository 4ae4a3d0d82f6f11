package org.karabakh.timeline.web;

import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * An RFC 9457 problem details body, the one shape of every error this API returns. Every member is
 * always sent; {@code parameter} is null when no query parameter is at fault.
 */
@Schema(name = "Problem", description = "RFC 9457 problem details, sent as `application/problem+json` for every error.")
public record Problem(
        @Schema(required = true, description = "URI reference identifying the problem type; `about:blank` means the "
                + "HTTP status says it all.", examples = "about:blank") String type,
        @Schema(required = true, description = "Short summary of the problem type (the HTTP reason phrase).",
                examples = "Bad Request") String title,
        @Schema(required = true, description = "HTTP status code.", examples = "400") int status,
        @Schema(required = true, description = "What went wrong with this request, naming the offending parameter or "
                + "item and what would be accepted.",
                examples = "Query parameter 'size' must be a whole number from 1 to 100; got '500'.") String detail,
        @Schema(required = true, description = "The request path that caused the problem.",
                examples = "/api/v1/events") String instance,
        @Schema(required = true, description = "Name of the offending query parameter; null when no query parameter "
                + "is at fault.", nullable = true, examples = "size") String parameter) {

    public static final String MEDIA_TYPE = "application/problem+json";

    /** A problem of type {@code about:blank}, titled with the status's reason phrase. */
    public static Problem of(int status, String detail, String instance, String parameter) {
        Response.StatusType type = Response.Status.fromStatusCode(status);
        String title = type == null ? "HTTP " + status : type.getReasonPhrase();
        return new Problem("about:blank", title, status, detail, instance, parameter);
    }
}
