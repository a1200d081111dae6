package org.crmkit.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.crmkit.testing.JavadocLint;
import org.junit.jupiter.api.Test;

/** The public API's documentation holds together: see {@link JavadocLint} for the rule. */
class CoreJavadocTest {

    @Test
    void every_public_element_of_crm_core_is_documented_and_every_javadoc_reference_resolves() throws Exception {
        assertThat(JavadocLint.findings(Path.of("src/main/java"))).isEmpty();
    }
}
