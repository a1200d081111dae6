package org.crmkit.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DemoTest {

    @TempDir
    Path directory;

    @Test
    void theDemoStoresCustomersInAnH2FileAndFindsThemAgainOnTheNextRun() {
        // given a first run that registered the sample customers
        run();

        // when the demo runs again on the same database
        String second = run();

        // then the same three customers are listed, each now with two interactions
        assertThat(second).contains("李雷", "Han Meimei", "Лена 😀");
        assertThat(second.lines().filter(line -> line.matches(".*(APP|ONLINE_STORE|REFERRAL).*PROSPECT\\s+2$"))).hasSize(3);
        assertThat(second).contains("events waiting in the outbox: 3");
    }

    private String run() {
        PrintStream original = System.out;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        System.setOut(new PrintStream(captured, true, StandardCharsets.UTF_8));
        try {
            Demo.main(new String[] {directory.toString()});
        } finally {
            System.setOut(original);
        }
        return captured.toString(StandardCharsets.UTF_8);
    }
}
