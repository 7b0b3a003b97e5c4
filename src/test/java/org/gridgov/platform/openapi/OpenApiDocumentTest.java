package org.gridgov.platform.openapi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

/**
 * The OpenAPI document micronaut-openapi generates at compile time, as an integrator reads it: valid
 * by Redocly CLI's recommended rules (installed from npm with the console's devDependencies, run
 * offline), one tag per service, a summary and a meaningful operationId on every operation, every
 * client error described with the problem+json schema, and public operations without security.
 */
class OpenApiDocumentTest {

    private static final Path SWAGGER = Path.of("target", "classes", "META-INF", "swagger");
    private static final Path REDOCLY = Path.of("src", "main", "web", "console", "node_modules", ".bin", "redocly");
    private static final Set<String> SERVICES = Set.of("platform", "grid", "intake", "open311", "routing", "dispatch", "dashboard",
            "registry");
    private static final List<String> METHODS = List.of("get", "put", "post", "delete", "patch");
    private static Path document;
    private static Map<String, Object> spec;

    @BeforeAll
    static void readTheGeneratedDocument() throws IOException {
        try (Stream<Path> files = Files.list(SWAGGER)) {
            document = files.filter(file -> file.getFileName().toString().matches("gridgov-.*\\.yml")).findFirst()
                    .orElseThrow(() -> new AssertionError("no gridgov-*.yml under " + SWAGGER + "; compile first"));
        }
        try (InputStream in = Files.newInputStream(document)) {
            spec = new Yaml().load(in);
        }
    }

    @Test
    void redoclyFindsNoErrors() throws Exception {
        if (!Files.isExecutable(REDOCLY)) {
            if (System.getenv("CI") != null) {
                fail(REDOCLY + " is missing: the build's npm ci in src/main/web/console installs it");
            }
            Assumptions.abort(REDOCLY + " is not installed (built with -Dweb.skip?): run npm ci in src/main/web/console");
        }
        ProcessBuilder lint = new ProcessBuilder(REDOCLY.toString(), "lint", "--config",
                Path.of("src", "test", "resources", "openapi-lint", "redocly.yaml").toString(), "--format=stylish", document.toString())
                .redirectErrorStream(true);
        // no network at test time: no telemetry, no update check
        lint.environment().put("REDOCLY_TELEMETRY", "off");
        lint.environment().put("REDOCLY_SUPPRESS_UPDATE_NOTICE", "true");
        Process process = lint.start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(120, TimeUnit.SECONDS)).as("redocly lint finished").isTrue();
        assertThat(process.exitValue()).as("redocly lint of %s:%n%s", document, output).isZero();
    }

    @Test
    void everyOperationHasAServiceTagASummaryAndAMeaningfulUniqueOperationId() {
        Set<String> ids = new HashSet<>();
        List<String> problems = new ArrayList<>();
        operations().forEach((where, operation) -> {
            List<?> tags = (List<?>) operation.get("tags");
            if (tags == null || tags.size() != 1 || !SERVICES.contains(tags.get(0))) {
                problems.add(where + ": tags " + tags);
            }
            if (operation.get("summary") == null || operation.get("summary").toString().isBlank()) {
                problems.add(where + ": no summary");
            }
            String id = (String) operation.get("operationId");
            if (id == null || id.matches(".*_\\d+$") || !id.matches("[a-z][A-Za-z0-9]+") || !ids.add(id)) {
                problems.add(where + ": operationId " + id);
            }
        });
        assertThat(problems).isEmpty();
    }

    @Test
    @SuppressWarnings("unchecked")
    void everyClientErrorOfTheApiIsDescribedAsProblemJson() {
        List<String> problems = new ArrayList<>();
        operations().forEach((where, operation) -> {
            if (where.contains(" /open311/") || where.endsWith(" /console") || where.endsWith(" /app")) {
                return; // Open311 answers in its own error form; the web apps' entry points only redirect
            }
            Map<String, Object> responses = (Map<String, Object>) operation.get("responses");
            for (String status : List.of("400", "401", "403", "404", "409", "422")) {
                Map<String, Object> response = (Map<String, Object>) responses.get(status);
                Map<String, Object> content = response == null ? null : (Map<String, Object>) response.get("content");
                Map<String, Object> problem = content == null ? null : (Map<String, Object>) content.get("application/problem+json");
                if (problem == null || !String.valueOf(problem.get("schema")).contains("#/components/schemas/ProblemBody")) {
                    problems.add(where + ": " + status);
                }
            }
        });
        assertThat(problems).isEmpty();
        assertThat((Map<String, Object>) ((Map<String, Object>) spec.get("components")).get("schemas")).containsKey("ProblemBody");
    }

    @Test
    void loginIsDocumentedAndPublicOperationsAreExactlyTheOnesAnonymousCallersMayUse() throws IOException {
        Map<String, Map<String, Object>> operations = operations();
        assertThat(operations).containsKey("post /login");
        assertThat(operations.get("post /login")).doesNotContainKey("security");
        assertThat(spec).doesNotContainKey("security");
        // the authorisation matrix says, per route, what an anonymous caller gets: 401 means a token is needed
        List<String> problems = new ArrayList<>();
        int compared = 0;
        for (String line : Files.readAllLines(Path.of("src", "test", "resources", "security", "authorization-matrix.csv"))) {
            if (line.startsWith("#") || line.startsWith("method,")) {
                continue;
            }
            String[] cells = line.split(",", -1);
            Map<String, Object> operation = operations.get(cells[0].toLowerCase() + " " + cells[1]);
            if (operation == null) {
                continue;
            }
            compared++;
            boolean needsToken = "401".equals(cells[4]);
            if (needsToken != operation.containsKey("security")) {
                problems.add(cells[0] + " " + cells[1] + ": anonymous gets " + cells[4] + " but security is " + operation.get("security"));
            }
        }
        assertThat(problems).isEmpty();
        assertThat(compared).as("matrix rows found in the document").isGreaterThan(operations.size() * 3 / 4);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Map<String, Object>> operations() {
        Map<String, Map<String, Object>> operations = new java.util.TreeMap<>();
        ((Map<String, Map<String, Object>>) spec.get("paths")).forEach((path, item) -> METHODS.forEach(method -> {
            if (item.get(method) != null) {
                operations.put(method + " " + path, (Map<String, Object>) item.get(method));
            }
        }));
        return operations;
    }
}
