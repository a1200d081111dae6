package org.crmkit.jdbc;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.flywaydb.core.api.ResourceProvider;
import org.flywaydb.core.api.resource.LoadableResource;
import org.jspecify.annotations.Nullable;

/**
 * crmkit's migration scripts for one dialect, as written (canonical names), read once from the
 * class path by the list in {@value #INDEX}. Flyway gets them through {@link #mappedBy}, with the
 * storage's names: with the canonical names each script reaches Flyway unchanged, so its checksum
 * is the one Flyway recorded when it scanned the folders itself.
 */
final class MigrationScripts {

    static final String ROOT = "db/crmkit/";
    static final String INDEX = ROOT + "index.txt";
    private static final Pattern CREATE_TABLE =
            Pattern.compile("CREATE\\s+TABLE\\s+(?:IF\\s+NOT\\s+EXISTS\\s+)?(" + TableNames.CANONICAL_PREFIX + "\\w+)", Pattern.CASE_INSENSITIVE);
    private static final Pattern CREATE_FUNCTION =
            Pattern.compile("CREATE\\s+(?:OR\\s+REPLACE\\s+)?FUNCTION\\s+(" + TableNames.CANONICAL_PREFIX + "\\w+)", Pattern.CASE_INSENSITIVE);

    /** Script text by path relative to {@link #ROOT}, e.g. {@code common/V001__baseline.sql}. */
    private final Map<String, String> scripts;

    private MigrationScripts(Map<String, String> scripts) {
        this.scripts = scripts;
    }

    /** The common scripts and {@code dialect}'s own. */
    static MigrationScripts of(Dialect dialect) {
        ClassLoader loader = MigrationScripts.class.getClassLoader();
        Set<String> folders = Set.of("common", dialect.folder());
        Map<String, String> scripts = new LinkedHashMap<>();
        for (String path : read(loader, INDEX).lines().map(String::strip).filter(l -> !l.isEmpty() && !l.startsWith("#")).toList()) {
            if (folders.contains(path.substring(0, path.indexOf('/')))) {
                scripts.put(path, read(loader, ROOT + path));
            }
        }
        return new MigrationScripts(Map.copyOf(scripts));
    }

    /** The canonical names of the tables the scripts create. */
    Set<String> tables() {
        return created(CREATE_TABLE);
    }

    /**
     * The canonical names of the tables and functions the scripts create: the names a statement
     * qualifies with the storage's schema, so that it finds them whatever the connection's search path.
     */
    Set<String> qualifiedNames() {
        Set<String> names = created(CREATE_TABLE);
        names.addAll(created(CREATE_FUNCTION));
        return names;
    }

    private Set<String> created(Pattern creation) {
        Set<String> names = new TreeSet<>();
        for (String script : scripts.values()) {
            Matcher m = creation.matcher(script);
            while (m.find()) {
                names.add(m.group(1));
            }
        }
        return names;
    }

    /** The scripts by path relative to {@link #ROOT}. */
    Map<String, String> texts() {
        return scripts;
    }

    /** The scripts with their names mapped by {@code names}, for Flyway. */
    ResourceProvider mappedBy(TableNames names) {
        List<LoadableResource> resources = new ArrayList<>();
        scripts.forEach((path, text) -> resources.add(new Script(ROOT + path, path.substring(path.indexOf('/') + 1), names.migration(text))));
        return new Provider(List.copyOf(resources));
    }

    private static String read(ClassLoader loader, String path) {
        try (InputStream in = loader.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("crmkit's migration resource " + path + " is missing from the class path");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("could not read crmkit's migration resource " + path, e);
        }
    }

    /** Hands Flyway the scripts whose file names it asks for. */
    private record Provider(List<LoadableResource> resources) implements ResourceProvider {

        @Override
        public @Nullable LoadableResource getResource(String name) {
            return resources.stream().filter(r -> r.getRelativePath().equals(name) || r.getAbsolutePath().equals(name)).findFirst().orElse(null);
        }

        @Override
        public Collection<LoadableResource> getResources(String prefix, String[] suffixes) {
            return resources.stream()
                    .filter(r -> r.getFilename().startsWith(prefix) && Arrays.stream(suffixes).anyMatch(r.getFilename()::endsWith))
                    .toList();
        }
    }

    /**
     * One script as Flyway's class-path scan would present it: the path relative to its location
     * is the file name, which Flyway records as the script.
     */
    private static final class Script extends LoadableResource {
        private final String path;
        private final String filename;
        private final String text;

        Script(String path, String filename, String text) {
            this.path = path;
            this.filename = filename;
            this.text = text;
        }

        @Override
        public Reader read() {
            return new StringReader(text);
        }

        @Override
        public String getAbsolutePath() {
            return path;
        }

        @Override
        public String getAbsolutePathOnDisk() {
            return path;
        }

        @Override
        public String getFilename() {
            return filename;
        }

        @Override
        public String getRelativePath() {
            return filename;
        }
    }
}
