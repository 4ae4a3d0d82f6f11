package org.karabakh.timeline.dates;

import com.fasterxml.jackson.annotation.JsonValue;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.karabakh.timeline.vocabulary.Coded;
import org.karabakh.timeline.vocabulary.CodedConverter;

@Schema(description = "How much of a date is known: `day` (YYYY-MM-DD), `month` (YYYY-MM) or `year` (YYYY).",
        enumeration = { "day", "month", "year" })
public enum Precision implements Coded {
    DAY("day"),
    MONTH("month"),
    YEAR("year");

    private final String code;

    Precision(String code) {
        this.code = code;
    }

    @Override
    @JsonValue
    public String code() {
        return code;
    }

    @jakarta.persistence.Converter
    public static class JpaConverter extends CodedConverter<Precision> {
        public JpaConverter() {
            super(Precision.class);
        }
    }
}
