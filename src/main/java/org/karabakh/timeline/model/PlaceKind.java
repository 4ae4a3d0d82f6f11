package org.karabakh.timeline.model;

import com.fasterxml.jackson.annotation.JsonValue;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.karabakh.timeline.vocabulary.Coded;
import org.karabakh.timeline.vocabulary.CodedConverter;

@Schema(description = """
        What a place is: `region` (a territory such as Nagorno-Karabakh), `corridor` (a road linking two \
        territories, such as the Lachin corridor) or `city` (a town or capital).""",
        enumeration = { "region", "corridor", "city" })
public enum PlaceKind implements Coded {
    REGION("region"),
    CORRIDOR("corridor"),
    CITY("city");

    private final String code;

    PlaceKind(String code) {
        this.code = code;
    }

    @Override
    @JsonValue
    public String code() {
        return code;
    }

    @jakarta.persistence.Converter
    public static class JpaConverter extends CodedConverter<PlaceKind> {
        public JpaConverter() {
            super(PlaceKind.class);
        }
    }
}
