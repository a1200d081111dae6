package org.crmkit.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class QuickStartReadmeTest {

    @Test
    void everyLineOfTheReadmeQuickStartAppearsInTheCompiledQuickStartInTheSameOrder() throws IOException {
        // given
        String readme = Files.readString(Path.of("..", "README.md"));
        int section = readme.indexOf("## Quick start");
        int start = readme.indexOf("```java\n", section) + "```java\n".length();
        List<String> snippet = lines(readme.substring(start, readme.indexOf("```", start)));
        List<String> source = lines(Files.readString(Path.of("src/main/java/org/crmkit/examples/QuickStart.java")));

        // when
        int matched = 0;
        for (String line : source) {
            if (matched < snippet.size() && line.equals(snippet.get(matched))) {
                matched++;
            }
        }

        // then
        assertThat(snippet).hasSizeGreaterThan(30);
        assertThat(matched)
                .as("first README line not found in QuickStart.java in order: %s",
                        matched < snippet.size() ? snippet.get(matched) : "none")
                .isEqualTo(snippet.size());
    }

    private static List<String> lines(String text) {
        return text.lines().map(String::strip).filter(line -> !line.isEmpty()).toList();
    }
}
