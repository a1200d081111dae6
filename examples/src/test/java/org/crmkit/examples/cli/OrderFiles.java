package org.crmkit.examples.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Order CSVs for the tests. */
final class OrderFiles {

    private OrderFiles() {}

    static Path write(Path dir, String name, String content) {
        try {
            return Files.writeString(dir.resolve(name), content, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The CDNOW sample of crm-core's test resources ({@code master_id sample_id yyyymmdd cds dollars},
     * whitespace-separated) as {@code customer_id,date,amount} with the sample id as the customer id,
     * as crm-core's tests key it.
     */
    static String cdnowCsv() {
        StringBuilder csv = new StringBuilder("customer_id,date,amount\n");
        try (InputStream in = OrderFiles.class.getResourceAsStream("/cdnow/CDNOW_sample.txt");
                BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.US_ASCII))) {
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                String[] f = line.trim().split("\\s+");
                if (f.length == 5) {
                    String d = f[2];
                    csv.append(Long.parseLong(f[1])).append(',').append(d, 0, 4).append('-').append(d, 4, 6).append('-')
                            .append(d, 6, 8).append(',').append(f[4]).append('\n');
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return csv.toString();
    }
}
