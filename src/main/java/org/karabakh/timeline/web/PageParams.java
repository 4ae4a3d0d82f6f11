package org.karabakh.timeline.web;

import jakarta.ws.rs.QueryParam;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.karabakh.timeline.paging.PageRequest;

/** The paging parameters every list endpoint takes. */
public class PageParams {

    @QueryParam("page")
    @Parameter(description = "0-based page number, in ASCII digits (0-9) only. A page past the last one is empty.",
            example = "0",
            schema = @Schema(type = SchemaType.INTEGER, minimum = "0", defaultValue = "0"))
    public String page;

    @QueryParam("size")
    @Parameter(description = "Items per page, from 1 to 100, in ASCII digits (0-9) only.", example = "20",
            schema = @Schema(type = SchemaType.INTEGER, minimum = "1", maximum = "100", defaultValue = "20"))
    public String size;

    public PageRequest toRequest() {
        return new PageRequest(QueryParams.integer("page", page, 0, 0, Integer.MAX_VALUE),
                QueryParams.integer("size", size, PageRequest.DEFAULT_SIZE, 1, PageRequest.MAX_SIZE));
    }

    /** For exports: the whole list up to the unpaged cap unless the client asked for a page size. */
    public PageRequest toExportRequest() {
        PageRequest request = toRequest();
        return exportIsPaged() ? request : PageRequest.unpaged();
    }

    /** Whether an export is a page, as {@code size} was given, rather than the whole list. */
    public boolean exportIsPaged() {
        return size != null && !size.isEmpty();
    }
}
