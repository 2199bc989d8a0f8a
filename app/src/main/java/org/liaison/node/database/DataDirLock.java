package org.liaison.node.database;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * Who runs a data dir's PostgreSQL: the node, or a command that started it for a check. The operating system
 * releases the lock when its holder dies, even of SIGKILL, so a postmaster of a data dir whose lock is free has
 * no owner left and may be stopped ({@link OrphanPostmaster}).
 */
final class DataDirLock implements AutoCloseable {

    private final FileChannel channel;
    private final FileLock lock;

    private DataDirLock(FileChannel channel, FileLock lock) {
        this.channel = channel;
        this.lock = lock;
    }

    /** Takes the lock, or fails naming the data dir if another process (or this one) holds it. */
    static DataDirLock take(Path dataDir) {
        var file = dataDir.resolve("postgres.lock");
        try {
            Files.createDirectories(dataDir);
            var channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
            FileLock lock;
            try {
                lock = channel.tryLock();
            } catch (OverlappingFileLockException e) {
                lock = null;
            }
            if (lock == null) {
                channel.close();
                throw new IllegalStateException("the database in " + dataDir + " is in use by another process (another"
                        + " node on the same LIAISON_DATA_DIR, or audit-verify): " + file + " is locked");
            }
            return new DataDirLock(channel, lock);
        } catch (IOException e) {
            throw new UncheckedIOException("could not lock " + file, e);
        }
    }

    @Override
    public void close() {
        try {
            lock.release();
            channel.close();
        } catch (IOException e) {
            throw new UncheckedIOException("could not release the data dir lock", e);
        }
    }
}
