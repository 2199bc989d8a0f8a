package org.liaison.node.database;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermission;
import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;

import io.zonky.test.db.postgres.embedded.DefaultPostgresBinaryResolver;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;
import org.apache.commons.compress.compressors.xz.XZCompressorInputStream;
import org.jspecify.annotations.Nullable;
import org.liaison.shared.Sha256;
import org.springframework.util.FileSystemUtils;

/**
 * The PostgreSQL 17 programs ({@code initdb}, {@code postgres}) from zonky's binaries artifact on the class path,
 * extracted once per archive into a cache directory shared by every JVM of this user:
 * {@code LIAISON_POSTGRES_CACHE}, else {@code ~/.cache/liaison/postgres}. The archive's hash names the folder, so
 * a new artifact version gets a folder of its own; a file lock and an atomic rename keep concurrent JVMs from
 * seeing a half-extracted folder.
 */
final class PostgresBinaries {

    private static @Nullable Path installation;

    private PostgresBinaries() {
    }

    /** The path of a program in the extracted {@code bin/} folder. */
    static Path program(String name) {
        return installation().resolve("bin").resolve(name);
    }

    static synchronized Path installation() {
        if (installation == null) {
            try {
                installation = extractOnce(archive(), cacheDirectory());
            } catch (IOException e) {
                throw new UncheckedIOException("could not extract the embedded PostgreSQL binaries", e);
            }
        }
        return installation;
    }

    private static Path cacheDirectory() {
        var configured = System.getenv("LIAISON_POSTGRES_CACHE");
        return configured != null && !configured.isBlank() ? Path.of(configured)
                : Path.of(System.getProperty("user.home"), ".cache", "liaison", "postgres");
    }

    private static byte[] archive() throws IOException {
        var architecture = "amd64".equals(System.getProperty("os.arch")) ? "x86_64" : System.getProperty("os.arch");
        try (var in = DefaultPostgresBinaryResolver.INSTANCE.getPgBinary("Linux", architecture)) {
            return in.readAllBytes();
        }
    }

    private static Path extractOnce(byte[] archive, Path cache) throws IOException {
        var target = cache.resolve("pg17-" + sha256(archive).substring(0, 16));
        if (Files.isDirectory(target)) {
            return target;
        }
        Files.createDirectories(cache);
        try (var lockFile = FileChannel.open(cache.resolve(".extract.lock"), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
             var lock = lockFile.lock()) {
            if (!Files.isDirectory(target)) { // another JVM may have extracted it while this one waited
                var partial = cache.resolve(".partial-" + UUID.randomUUID());
                try {
                    extract(archive, partial);
                    Files.move(partial, target, StandardCopyOption.ATOMIC_MOVE);
                } finally {
                    if (Files.exists(partial)) {
                        FileSystemUtils.deleteRecursively(partial);
                    }
                }
            }
        }
        return target;
    }

    private static void extract(byte[] archive, Path into) throws IOException {
        Files.createDirectories(into);
        try (var tar = new TarArchiveInputStream(new XZCompressorInputStream(new ByteArrayInputStream(archive)))) {
            for (TarArchiveEntry entry = tar.getNextEntry(); entry != null; entry = tar.getNextEntry()) {
                var path = inside(into, entry.getName());
                Files.createDirectories(path.getParent());
                if (entry.isDirectory()) {
                    Files.createDirectories(path);
                } else if (entry.isSymbolicLink()) {
                    Files.createSymbolicLink(path, Path.of(entry.getLinkName()));
                } else if (entry.isLink()) {
                    Files.copy(inside(into, entry.getLinkName()), path);
                } else {
                    write(tar, path, entry.getMode());
                }
            }
        }
    }

    private static Path inside(Path folder, String name) throws IOException {
        var path = folder.resolve(name).normalize();
        if (!path.startsWith(folder)) {
            throw new IOException("archive entry outside its folder: " + name);
        }
        return path;
    }

    private static void write(InputStream content, Path path, int mode) throws IOException {
        Files.copy(content, path);
        Files.setPosixFilePermissions(path, permissions(mode));
    }

    private static Set<PosixFilePermission> permissions(int mode) {
        var all = PosixFilePermission.values(); // OWNER_READ … OTHERS_EXECUTE, i.e. bits 8 down to 0
        var set = EnumSet.noneOf(PosixFilePermission.class);
        for (int i = 0; i < all.length; i++) {
            if ((mode & (1 << (all.length - 1 - i))) != 0) {
                set.add(all[i]);
            }
        }
        set.add(PosixFilePermission.OWNER_READ);
        return set;
    }

    private static String sha256(byte[] bytes) {
        return Sha256.hex(bytes);
    }
}
