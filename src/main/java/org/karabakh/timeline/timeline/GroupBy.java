package org.karabakh.timeline.timeline;

import com.fasterxml.jackson.annotation.JsonValue;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.karabakh.timeline.vocabulary.Coded;

@Schema(description = "How the timeline is grouped: by `year` or `decade` of each event's first day, or by `era`.",
        enumeration = { "year", "decade", "era" })
public enum GroupBy implements Coded {
    YEAR("year"),
    DECADE("decade"),
    ERA("era");

    private final String code;

    GroupBy(String code) {
        this.code = code;
    }

    @Override
    @JsonValue
    public String code() {
        return code;
    }
}
