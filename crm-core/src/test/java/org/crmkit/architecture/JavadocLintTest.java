package org.crmkit.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.crmkit.testing.JavadocLint;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The lint behind {@link CoreJavadocTest} finds what it is meant to find, and only that. */
class JavadocLintTest {

    @TempDir
    Path sources;

    @Test
    void an_undocumented_public_method_and_a_broken_link_are_findings_but_a_missing_param_tag_is_not() throws Exception {
        // given
        Path dir = Files.createDirectories(sources.resolve("demo"));
        Files.writeString(dir.resolve("package-info.java"), "/** A demo. */\npackage demo;\n");
        Files.writeString(dir.resolve("Demo.java"), """
                package demo;

                /** A demo class, pointing at {@link Nowhere}. */
                public class Demo {
                    /** Documented in a sentence: adds one to {@code x}. */
                    public int next(int x) { return x + 1; }

                    public void undocumented() { }
                }
                """);

        // when
        var findings = JavadocLint.findings(sources);

        // then
        assertThat(findings).anyMatch(f -> f.contains("Demo.java:8") && f.contains("no comment"));
        assertThat(findings).anyMatch(f -> f.contains("Demo.java:3") && f.contains("reference not found"));
        assertThat(findings).noneMatch(f -> f.contains("@param") || f.contains("@return"));
    }
}
