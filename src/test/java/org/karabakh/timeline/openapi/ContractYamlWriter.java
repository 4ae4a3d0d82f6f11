package org.karabakh.timeline.openapi;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import com.fasterxml.jackson.dataformat.yaml.util.StringQuotingChecker;
import org.yaml.snakeyaml.nodes.NodeId;
import org.yaml.snakeyaml.nodes.Tag;
import org.yaml.snakeyaml.resolver.Resolver;

import java.io.IOException;
import java.nio.file.Path;

/**
 * Rewrites the OpenAPI document Quarkus stores at build time (target/openapi/openapi.yaml, what
 * becomes the committed contract) so that YAML 1.1 parsers read it as YAML 1.2 ones do. SmallRye's
 * writer leaves strings such as {@code 2020-11-09} or {@code 2020-01-01T00:00:00Z} unquoted, and a
 * YAML 1.1 parser (PyYAML, Ruby, SnakeYAML's defaults) turns them into dates; its writer cannot be
 * configured, and an OASFilter only sees values, not how they are written. This writes the same
 * tree with SmallRye's settings plus quotes around every string YAML 1.1 would resolve to another
 * type, so nothing else in the file changes.
 *
 * <p>Run by the build after Quarkus writes the file ({@code exec:java} in the {@code package}
 * phase, see pom.xml); {@link ContractYamlTest} checks the committed file.
 */
public final class ContractYamlWriter {

    private ContractYamlWriter() {
    }

    public static void main(String[] args) throws IOException {
        Path file = Path.of(args.length > 0 ? args[0] : "target/openapi/openapi.yaml");
        JsonNode document = new ObjectMapper(new YAMLFactory()).readTree(file.toFile());
        writer().writeValue(file.toFile(), document);
    }

    static ObjectMapper writer() {
        YAMLFactory yaml = YAMLFactory.builder()
                .enable(YAMLGenerator.Feature.MINIMIZE_QUOTES)
                .enable(YAMLGenerator.Feature.ALWAYS_QUOTE_NUMBERS_AS_STRINGS)
                .enable(YAMLGenerator.Feature.ALLOW_LONG_KEYS)
                .stringQuotingChecker(new Yaml11QuotingChecker())
                .build();
        return new ObjectMapper(yaml);
    }

    /** Quotes what SmallRye's writer quotes, and every string YAML 1.1 reads as a date, number or boolean. */
    static final class Yaml11QuotingChecker extends StringQuotingChecker.Default {

        private static final Resolver YAML_11 = new Resolver();

        @Override
        public boolean needToQuoteValue(String value) {
            return super.needToQuoteValue(value) || !Tag.STR.equals(YAML_11.resolve(NodeId.scalar, value, true));
        }
    }
}
