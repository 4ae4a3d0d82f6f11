package org.karabakh.timeline.openapi;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

import java.io.IOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The committed openapi.yaml reads the same with a YAML 1.1 parser (PyYAML, Ruby, SnakeYAML's
 * defaults) as with a YAML 1.2 one: YAML 1.1 turns plain scalars such as {@code 2020-11-09} into
 * dates, so every string that looks like a date, time or number must be quoted.
 */
class ContractYamlTest {

    @Test
    void shouldReadEveryStringOfTheContractAsAStringWithAYaml11Parser() throws IOException {
        String text = Files.readString(OpenApiDocument.COMMITTED);
        LoaderOptions options = new LoaderOptions();
        options.setCodePointLimit(Integer.MAX_VALUE);
        Object yaml11 = new Yaml(new SafeConstructor(options)).load(text);
        JsonNode strings = OpenApiDocument.committed();

        List<String> misread = new ArrayList<>();
        compare("", strings, yaml11, misread);

        assertThat(misread).as("strings a YAML 1.1 parser reads as another type").isEmpty();
    }

    private static void compare(String pointer, JsonNode expected, Object actual, List<String> misread) {
        if (expected.isObject() && actual instanceof Map<?, ?> map) {
            expected.fields().forEachRemaining(field -> compare(pointer + "/" + field.getKey(), field.getValue(),
                    map.get(field.getKey()), misread));
        } else if (expected.isArray() && actual instanceof List<?> list) {
            for (int i = 0; i < expected.size() && i < list.size(); i++) {
                compare(pointer + "/" + i, expected.get(i), list.get(i), misread);
            }
        } else if (expected.isTextual() && !(actual instanceof String)) {
            misread.add(pointer + ": \"" + expected.asText() + "\" read as "
                    + (actual == null ? "null" : actual.getClass().getSimpleName()));
        }
    }
}
