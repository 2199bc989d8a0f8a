package org.liaison.bench.node;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * One way to start the node for the cold-start comparison: a jar and the JVM flags in front of it.
 *
 * <p>The AOT cache (JEP 483, 514, 515) holds only classes loaded from plain jars on the class path, so its
 * variant runs the executable jar unpacked by Spring Boot's tools jar mode, as {@code ./liaison demo} does, with a
 * cache that a training start wrote when it stopped.
 */
record StartVariant(String label, Path jar, List<String> flags) {

    /** What {@code ./liaison demo} ran before the AOT cache: C1 only, serial GC, a dynamic CDS archive. */
    static final List<String> DEMO_FLAGS = List.of("-XX:+UseSerialGC", "-Xss512k", "-XX:TieredStopAtLevel=1");

    static StartVariant defaults(Path jar) {
        return new StartVariant("default JVM flags", jar, List.of());
    }

    static StartVariant cds(Path jar, Path dataDir) {
        var flags = new ArrayList<>(DEMO_FLAGS);
        flags.addAll(List.of("-XX:+AutoCreateSharedArchive", "-XX:SharedArchiveFile=" + dataDir.resolve("demo.jsa")));
        return new StartVariant("earlier demo flags (CDS archive)", jar, flags);
    }

    /** Unpacks the jar under the data dir; {@link #training()} then {@link #withCache()} of the result. */
    static StartVariant unpacked(Path jar, Path dataDir) throws IOException, InterruptedException {
        var java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        var destination = dataDir.resolve("app");
        var status = new ProcessBuilder(java, "-Djarmode=tools", "-jar", jar.toString(), "extract", "--destination",
                destination.toString()).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .start().waitFor();
        if (status != 0) {
            throw new IllegalStateException("could not unpack " + jar + " (status " + status + ")");
        }
        return new StartVariant("demo flags with the AOT cache", destination.resolve(jar.getFileName()), DEMO_FLAGS);
    }

    /** This variant recording the cache: the JVM writes it when the node stops. */
    StartVariant training() {
        return with("-XX:AOTCacheOutput=" + cache(), "-Xlog:aot=error,cds=error");
    }

    StartVariant withCache() {
        return with("-XX:AOTCache=" + cache());
    }

    private Path cache() {
        return jar.resolveSibling("liaison.aot");
    }

    private StartVariant with(String... more) {
        var all = new ArrayList<>(flags);
        all.addAll(List.of(more));
        return new StartVariant(label, jar, all);
    }
}
