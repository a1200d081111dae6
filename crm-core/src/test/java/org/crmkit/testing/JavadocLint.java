package org.crmkit.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.DocumentationTool;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;

/**
 * Runs the JDK's javadoc with doclint over a module's main sources and lists what it finds. The
 * house rule: every public element has a comment, every {@code {@link}} resolves, the HTML is
 * valid; parameters and return values are described in the sentence rather than with a tag on
 * every method, so "no @param" and "no @return" are not findings.
 */
public final class JavadocLint {

    private JavadocLint() {}

    /** Every doclint finding in the Java files under {@code sources}, one line each, as {@code file:line: message}. */
    public static List<String> findings(Path sources) throws IOException {
        DocumentationTool javadoc = ToolProvider.getSystemDocumentationTool();
        DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
        Path out = Files.createTempDirectory("javadoc-lint");
        List<Path> files;
        try (Stream<Path> walk = Files.walk(sources)) {
            files = walk.filter(p -> p.toString().endsWith(".java")).toList();
        }
        try (StandardJavaFileManager fileManager = javadoc.getStandardFileManager(diagnostics, Locale.ROOT, null)) {
            List<String> options = List.of("-Xdoclint:all", "-Xmaxwarns", "100000", "-quiet", "-d", out.toString(),
                    "-classpath", System.getProperty("java.class.path"), "-sourcepath", sources.toString());
            Boolean ok = javadoc.getTask(new StringWriter(), fileManager, diagnostics, null, options,
                    fileManager.getJavaFileObjectsFromPaths(files)).call();
            List<String> findings = new ArrayList<>();
            for (Diagnostic<? extends JavaFileObject> d : diagnostics.getDiagnostics()) {
                String message = d.getMessage(Locale.ROOT);
                if (d.getKind() == Diagnostic.Kind.NOTE || message.startsWith("no @param") || message.startsWith("no @return")) {
                    continue;
                }
                String where = d.getSource() == null ? "" : where(sources, d.getSource()) + ":" + d.getLineNumber() + ": ";
                findings.add(where + message);
            }
            assertThat(ok || !findings.isEmpty()).as("javadoc failed without a finding").isTrue();
            return findings;
        } finally {
            deleteQuietly(out);
        }
    }

    /** The file relative to {@code sources}, or its URI when it is not a file there (a class or source inside a jar). */
    private static String where(Path sources, JavaFileObject source) {
        java.net.URI uri = source.toUri();
        String path = uri.getPath() == null ? uri.toString() : uri.getPath();
        String root = sources.toAbsolutePath().toString() + "/";
        return path.startsWith(root) ? path.substring(root.length()) : path;
    }

    private static void deleteQuietly(Path dir) {
        try (Stream<Path> walk = Files.walk(dir)) {
            walk.sorted((a, b) -> b.getNameCount() - a.getNameCount()).forEach(p -> p.toFile().delete());
        } catch (IOException | UncheckedIOException e) {
            // a temporary directory left behind is harmless
        }
    }
}
