package org.crmkit.examples.cli;

import java.io.IOException;
import java.util.Locale;

/**
 * The output forms of {@code crm analyze}: {@code json} (the summary and, unless summary-only,
 * every customer), {@code csv} (one line per customer; the summary as name,value lines with
 * --summary-only) and {@code table} (the summary, then aligned columns per customer).
 */
enum ReportFormat {
    JSON {
        @Override
        void write(AnalysisResult result, boolean summaryOnly, ReportOutput out) throws IOException {
            JsonReport.write(result, summaryOnly, out);
        }
    },
    CSV {
        @Override
        void write(AnalysisResult result, boolean summaryOnly, ReportOutput out) throws IOException {
            CsvReport.write(result, summaryOnly, out);
        }
    },
    TABLE {
        @Override
        void write(AnalysisResult result, boolean summaryOnly, ReportOutput out) throws IOException {
            TableReport.write(result, summaryOnly, out);
        }
    };

    abstract void write(AnalysisResult result, boolean summaryOnly, ReportOutput out) throws IOException;

    @Override
    public String toString() {
        return name().toLowerCase(Locale.ROOT);
    }
}
