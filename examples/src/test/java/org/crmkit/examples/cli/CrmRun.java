package org.crmkit.examples.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.Iterator;
import picocli.CommandLine;

/** One in-process run of the {@code crm} command line with captured stdout and stderr. */
record CrmRun(int exitCode, String out, String err) {

    private static final ObjectMapper JSON = new ObjectMapper();

    static CrmRun of(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine crm = CrmCommand.commandLine();
        crm.setOut(new PrintWriter(out, true));
        crm.setErr(new PrintWriter(err, true));
        int exitCode = crm.execute(args);
        return new CrmRun(exitCode, out.toString(), err.toString());
    }

    /** stdout as JSON. */
    JsonNode json() {
        try {
            return JSON.readTree(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The customerScores row of {@code id} in the JSON output. */
    JsonNode customer(String id) {
        for (Iterator<JsonNode> rows = json().get("customerScores").elements(); rows.hasNext();) {
            JsonNode row = rows.next();
            if (row.get("customerId").asText().equals(id)) {
                return row;
            }
        }
        throw new AssertionError("no customer " + id + " in the output");
    }
}
