package org.karabakh.timeline.common;

import jakarta.ws.rs.QueryParam;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/** The paging parameters every list endpoint takes. */
public class PageParams {

    @QueryParam("page")
    @Parameter(description = "0-based page number. A page past the last one is empty.", example = "0",
            schema = @Schema(type = SchemaType.INTEGER, minimum = "0", defaultValue = "0"))
    public String page;

    @QueryParam("size")
    @Parameter(description = "Items per page, from 1 to 100.", example = "20",
            schema = @Schema(type = SchemaType.INTEGER, minimum = "1", maximum = "100", defaultValue = "20"))
    public String size;

    /** Most items an export (CSV, calendar, GeoJSON, NDJSON) sends when no `size` is given. */
    public static final int EXPORT_CAP = 10_000;

    public PageRequest toRequest() {
        return PageRequest.parse(page, size);
    }

    /** For exports: the whole list up to {@link #EXPORT_CAP} unless the client asked for a page size. */
    public PageRequest toExportRequest() {
        PageRequest request = toRequest();
        return size == null || size.isBlank() ? new PageRequest(0, EXPORT_CAP) : request;
    }
}
