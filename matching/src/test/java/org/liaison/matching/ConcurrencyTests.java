package org.liaison.matching;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class ConcurrencyTests {

    private static final int WRITES = 2_000;

    @Test
    void searchesStayCorrectWhileOtherThreadsAddAndRemoveEntries() throws Exception {
        NameIndex index = Names.indexOf(Names.DISTRACTORS);
        index.add(Person.named("anchor", "Thongloun Sisoulith"));
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<Integer>> readers = new ArrayList<>();
            for (int r = 0; r < 2; r++) {
                readers.add(pool.submit(() -> readUntilWritersAreDone(index, start)));
            }
            Future<?> adder = pool.submit(() -> write(index, start, "a"));
            Future<?> churner = pool.submit(() -> write(index, start, "b"));
            start.countDown();
            adder.get(60, TimeUnit.SECONDS);
            churner.get(60, TimeUnit.SECONDS);
            for (Future<Integer> reader : readers) {
                assertThat(reader.get(60, TimeUnit.SECONDS)).isPositive();
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(index.size()).isEqualTo(Names.DISTRACTORS.length + 1 + WRITES / 2 * 2);
        assertThat(index.search(Query.byName("Sokha Vannak a 1999"), 1)).extracting(Hit::id).containsExactly("a-1999");
        assertThat(index.search(Query.byName("Sokha Vannak b 1998"), 5)).extracting(Hit::id).doesNotContain("b-1998");
    }

    /** Adds entries and removes every second one again, so postings shrink as well as grow. */
    private static Void write(NameIndex index, CountDownLatch start, String prefix) throws InterruptedException {
        start.await();
        for (int i = 0; i < WRITES; i++) {
            index.add(Person.named(prefix + "-" + i, "Sokha Vannak " + prefix + " " + i));
            if (i % 2 == 1 && prefix.equals("b")) {
                index.remove(prefix + "-" + (i - 1));
                index.add(Person.named(prefix + "-" + (i - 1), "Sokha Vannak " + prefix + " " + (i - 1)));
            }
        }
        for (int i = 0; i < WRITES; i += 2) {
            index.remove(prefix + "-" + i);
        }
        return null;
    }

    private static int readUntilWritersAreDone(NameIndex index, CountDownLatch start) throws InterruptedException {
        start.await();
        int searches = 0;
        while (index.size() < Names.DISTRACTORS.length + 1 + WRITES && searches < 200_000) {
            List<Hit> hits = index.search(Query.byName("THONGLOUN SISOULITH"), 3);
            assertThat(hits).isNotEmpty();
            assertThat(hits.getFirst().id()).isEqualTo("anchor");
            searches++;
        }
        return searches;
    }
}
