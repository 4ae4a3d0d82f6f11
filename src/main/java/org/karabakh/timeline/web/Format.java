package org.karabakh.timeline.web;

import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import org.karabakh.timeline.vocabulary.Coded;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
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

    /**
     * The representation to send: the one {@code format} names if given (400 if this resource has no
     * such format), else the one {@code Accept} prefers, else 406 naming the types this resource serves.
     */
    public static Format negotiate(HttpHeaders headers, String formatParam, Format... supported) {
        List<Format> options = Arrays.asList(supported);
        if (formatParam != null && !formatParam.isBlank()) {
            return options.stream().filter(f -> f.code.equals(formatParam.trim())).findFirst()
                    .orElseThrow(() -> ProblemException.badParameter("format", "Query parameter 'format' must be one of "
                            + options.stream().map(Format::code).collect(Collectors.joining(", "))
                            + " on this resource; got '" + formatParam + "'."));
        }
        String accept = headers.getHeaderString(HttpHeaders.ACCEPT);
        List<MediaType> types = options.stream().map(f -> f.mediaType).toList();
        return preferred(accept, types).map(type -> options.get(types.indexOf(type))).orElseThrow(
                () -> ProblemException.notAcceptable(accept, types.stream().map(MediaType::toString).toList()));
    }

    /**
     * RFC 9110 content negotiation among the types a resource produces: each type gets the quality of
     * the most specific media range that matches it, and {@code q=0} means "not acceptable". The
     * highest quality wins; a tie goes to the range listed first, then to the resource's order. No
     * Accept, or an empty one, is no preference; a range that does not parse accepts nothing. Empty
     * when nothing acceptable is left.
     */
    public static Optional<MediaType> preferred(String accept, List<MediaType> produced) {
        if (accept == null || accept.isBlank()) {
            return produced.stream().findFirst();
        }
        List<MediaType> ranges = new ArrayList<>();
        for (String element : accept.split(",")) {
            if (!element.isBlank()) {
                try {
                    ranges.add(MediaType.valueOf(element.trim()));
                } catch (IllegalArgumentException e) {
                    ranges.add(null);
                }
            }
        }
        MediaType best = null;
        double bestQuality = 0;
        int bestPosition = Integer.MAX_VALUE;
        for (MediaType type : produced) {
            int position = mostSpecificRange(ranges, type);
            double quality = position < 0 ? 0 : quality(ranges.get(position));
            if (quality > bestQuality || (quality > 0 && quality == bestQuality && position < bestPosition)) {
                best = type;
                bestQuality = quality;
                bestPosition = position;
            }
        }
        return Optional.ofNullable(best);
    }

    /** The index of the most specific range matching the type (the first of equals), or -1. */
    private static int mostSpecificRange(List<MediaType> ranges, MediaType type) {
        int found = -1;
        int specificity = -1;
        for (int i = 0; i < ranges.size(); i++) {
            MediaType range = ranges.get(i);
            if (range != null && range.isCompatible(type)) {
                int rangeSpecificity = range.isWildcardType() ? 0 : range.isWildcardSubtype() ? 1 : 2;
                if (rangeSpecificity > specificity) {
                    found = i;
                    specificity = rangeSpecificity;
                }
            }
        }
        return found;
    }

    /** The range's {@code q}, 1 when absent; a malformed one makes the range accept nothing. */
    private static double quality(MediaType range) {
        String q = range.getParameters().get("q");
        if (q == null) {
            return 1;
        }
        try {
            double quality = Double.parseDouble(q.trim());
            return quality >= 0 && quality <= 1 ? quality : 0;
        } catch (NumberFormatException e) {
            return 0;
        }
    }
}
