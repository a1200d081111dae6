package org.crmkit.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** Checks that a README section's Java snippet is what an example really compiles and runs. */
final class ReadmeSnippets {

    private ReadmeSnippets() {}

    /**
     * Asserts that every non-blank line of the first Java block after the README heading {@code
     * heading} appears, stripped of indentation, in the example's source in the same order.
     *
     * @param example the example's file under {@code src/main/java/org/crmkit/examples}
     * @param minimumLines fewer lines than this means the snippet was not found whole
     */
    static void assertSnippetIsIn(String heading, String example, int minimumLines) throws IOException {
        String readme = Files.readString(Path.of("..", "README.md"));
        int section = readme.indexOf(heading);
        assertThat(section).as("README heading %s", heading).isPositive();
        int start = readme.indexOf("```java\n", section) + "```java\n".length();
        List<String> snippet = lines(readme.substring(start, readme.indexOf("```", start)));
        List<String> source = lines(Files.readString(Path.of("src/main/java/org/crmkit/examples", example)));

        int matched = 0;
        for (String line : source) {
            if (matched < snippet.size() && line.equals(snippet.get(matched))) {
                matched++;
            }
        }

        assertThat(snippet).hasSizeGreaterThan(minimumLines);
        assertThat(matched).as("first README line not found in %s in order: %s", example,
                matched < snippet.size() ? snippet.get(matched) : "none").isEqualTo(snippet.size());
    }

    private static List<String> lines(String text) {
        return text.lines().map(String::strip).filter(line -> !line.isEmpty()).toList();
    }
}
