package org.karabakh.timeline.web;

import org.karabakh.timeline.vocabulary.Coded;

import jakarta.ws.rs.NotAcceptableException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The representations the API can send. A resource lists the ones it supports; the client picks
 * with {@code Accept} or, for links a browser opens, with the {@code format} query parameter,
 * which wins over {@code Accept}.
 */
public enum Format implements Coded {
    JSON("json", MediaType.APPLICATION_JSON),
    CSV("csv", Format.CSV_TYPE),
    ICS("ics", Format.ICS_TYPE),
    GEOJSON("geojson", Format.GEOJSON_TYPE),
    NDJSON("ndjson", Format.NDJSON_TYPE);

    public static final String CSV_TYPE = "text/csv";
    public static final String ICS_TYPE = "text/calendar";
    public static final String GEOJSON_TYPE = "application/geo+json";
    public static final String NDJSON_TYPE = "application/x-ndjson";

    private final String code;
    private final MediaType mediaType;

    Format(String code, String mediaType) {
        this.code = code;
        this.mediaType = MediaType.valueOf(mediaType);
    }

    @Override
    public String code() {
        return code;
    }

    /** The Content-Type sent: text types say their charset, CSV also that it has a header row. */
    public String contentType() {
        return switch (this) {
            case JSON -> MediaType.APPLICATION_JSON + ";charset=UTF-8";
            case CSV -> CSV_TYPE + ";charset=UTF-8;header=present";
            case ICS -> ICS_TYPE + ";charset=UTF-8";
            case GEOJSON -> GEOJSON_TYPE;
            case NDJSON -> NDJSON_TYPE + ";charset=UTF-8";
        };
    }

    public static Format negotiate(HttpHeaders headers, String formatParam, Format... supported) {
        List<Format> options = Arrays.asList(supported);
        if (formatParam != null && !formatParam.isBlank()) {
            return options.stream().filter(f -> f.code.equals(formatParam.trim())).findFirst()
                    .orElseThrow(() -> ProblemException.badParameter("format", "Query parameter 'format' must be one of "
                            + options.stream().map(Format::code).collect(Collectors.joining(", "))
                            + " on this resource; got '" + formatParam + "'."));
        }
        for (MediaType accepted : headers.getAcceptableMediaTypes()) {
            for (Format format : options) {
                if (accepted.isCompatible(format.mediaType)) {
                    return format;
                }
            }
        }
        throw new NotAcceptableException();
    }
}
