package org.crmkit.examples;

import java.io.IOException;
import org.junit.jupiter.api.Test;

class QuickStartReadmeTest {

    @Test
    void everyLineOfTheReadmeQuickStartAppearsInTheCompiledQuickStartInTheSameOrder() throws IOException {
        ReadmeSnippets.assertSnippetIsIn("## Quick start", "QuickStart.java", 30);
    }
}
