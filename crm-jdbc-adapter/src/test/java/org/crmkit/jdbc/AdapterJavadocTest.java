package org.crmkit.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.crmkit.testing.JavadocLint;
import org.junit.jupiter.api.Test;

/** The adapter's public API is documented and its Javadoc references resolve (see {@link JavadocLint}). */
class AdapterJavadocTest {

    @Test
    void every_public_element_of_the_jdbc_adapter_is_documented_and_every_javadoc_reference_resolves() throws Exception {
        assertThat(JavadocLint.findings(Path.of("src/main/java"))).isEmpty();
    }
}
