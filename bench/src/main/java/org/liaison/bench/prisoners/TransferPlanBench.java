package org.liaison.bench.prisoners;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import java.util.function.Supplier;

import org.liaison.agreements.AgreementId;
import org.liaison.agreements.AgreementRegistry;
import org.liaison.agreements.DataCategory;
import org.liaison.agreements.PolicyQuery;
import org.liaison.agreements.Purpose;
import org.liaison.bench.exchange.BenchNode;
import org.liaison.directory.AgencyId;
import org.liaison.directory.Directory;
import org.liaison.identity.OfficerId;
import org.liaison.identity.OfficerPrincipal;
import org.liaison.identity.Role;
import org.liaison.prisoners.Adaptation;
import org.liaison.prisoners.Consent;
import org.liaison.prisoners.Handover;
import org.liaison.prisoners.HandoverDraft;
import org.liaison.prisoners.Offence;
import org.liaison.prisoners.PartnerAnswer;
import org.liaison.prisoners.PrisonerDraft;
import org.liaison.prisoners.Prisoners;
import org.liaison.prisoners.Sex;
import org.liaison.prisoners.StepDecision;
import org.liaison.prisoners.StepRef;
import org.liaison.prisoners.TransferId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A repatriation plan of N Lao prisoners moved through every step across two real nodes (KH-1 and LA-1 in this JVM,
 * each on its own durable embedded PostgreSQL, as users run them): Cambodia's three approvals, the request to the
 * Lao prison department and its acceptance, the hand-over proposed, agreed, done and received, 6 signed messages per
 * prisoner. Batched: each step for the whole plan, {@code chunk} prisoners per transaction, then one wait for the
 * partner's side of that step; one at a time: each prisoner through all steps, waiting for each answer, as an
 * officer working case by case would. Both in the same run, on the same warmed-up nodes; prints each step's time,
 * the totals and the ratio.
 */
public final class TransferPlanBench {

    static final String USAGE = """
            Usage: bench/run prisoners [N] [sample] [chunk]

              N       prisoners in the batched plan (default 2000)
              sample  prisoners moved one at a time (default 50); the one-at-a-time total for N is this
                      sample's time per prisoner times N, printed as such
              chunk   prisoners per transaction in the batched run (default 100)
            """;

    private static final AgreementId MOU = AgreementId.of("KH-LA-PRISON-2023");
    private static final String GDP = "KH/MOI/GDP";
    private static final String LAO_PRISONS = "LA/MPS/PRI";
    private static final Duration PATIENCE = Duration.ofMinutes(30);

    private TransferPlanBench() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length > 0 && args[0].startsWith("-")) {
            System.out.print(USAGE);
            return;
        }
        int n = args.length > 0 ? Integer.parseInt(args[0]) : 2000;
        int sample = args.length > 1 ? Integer.parseInt(args[1]) : 50;
        int chunk = args.length > 2 ? Integer.parseInt(args[2]) : 100;
        var la = new BenchNode("LA-1", true);
        var kh = new BenchNode("KH-1", true);
        kh.peer(la);
        la.peer(kh);
        la.start();
        kh.start();
        try {
            awaitReady(kh, la);
            var checkpoint = as(GDP, Role.PRISON_OFFICER, () -> kh.bean(Directory.class).checkpoints("KH", "LA").getFirst().id());
            var bench = new TransferPlanBench.Run(kh, la, checkpoint, chunk);
            bench.batched(register(kh, 20, "warm-up"));
            System.out.println("warm-up: 20 prisoners through every step (not counted)");
            var steps = bench.batched(register(kh, n, "batched"));
            long batched = steps.values().stream().mapToLong(Long::longValue).sum();
            System.out.printf("%nBatched, %d prisoners, %d per transaction:%n", n, chunk);
            steps.forEach((step, ms) -> System.out.printf("  %-40s %8d ms  %8.2f ms/prisoner%n", step, ms, (double) ms / n));
            System.out.printf("  %-40s %8d ms  %8.2f ms/prisoner%n", "total", batched, (double) batched / n);
            var alone = register(kh, sample, "alone");
            long start = System.nanoTime();
            for (var transfer : alone) {
                bench.alone(transfer);
            }
            long oneByOne = (System.nanoTime() - start) / 1_000_000;
            double perPrisoner = (double) oneByOne / sample;
            System.out.printf("%nOne at a time, %d prisoners: %d ms, %.1f ms/prisoner; for %d prisoners: %.0f s (projected)%n",
                    sample, oneByOne, perPrisoner, n, perPrisoner * n / 1000);
            System.out.printf("Ratio (one at a time / batched, per prisoner): %.1fx%n", perPrisoner / ((double) batched / n));
            System.out.println("Load average at the end: " + java.nio.file.Files.readString(java.nio.file.Path.of("/proc/loadavg")).trim());
        } finally {
            kh.stop();
            la.stop();
        }
    }

    /** The steps, on the two nodes. */
    private record Run(BenchNode kh, BenchNode la, long checkpoint, int chunk) {

        Map<String, Long> batched(List<TransferId> plan) {
            var times = new LinkedHashMap<String, Long>();
            var khPrisoners = kh.bean(Prisoners.class);
            var laPrisoners = la.bean(Prisoners.class);
            times.put("KH: prisons approve (step 1)", time(() -> inChunks(kh, plan, t -> decide(khPrisoners, t, 1, GDP))));
            times.put("KH: justice approves (step 2)", time(() -> inChunks(kh, plan, t -> decide(khPrisoners, t, 2, "KH/MOJ"))));
            times.put("KH: foreign affairs approve (step 3)", time(() -> inChunks(kh, plan, t -> decide(khPrisoners, t, 3, "KH/MFAIC"))));
            times.put("-> LA: request arrives", time(() -> await(() -> laCount("state = 'WAITING'", plan) == plan.size())));
            times.put("LA: accepts (continued enforcement)", time(() -> inChunks(la, plan, t -> accept(laPrisoners, t))));
            times.put("-> KH: acceptance arrives", time(() -> await(() -> khCount("status = 'APPROVED'", plan) == plan.size())));
            times.put("KH: proposes the hand-over", time(() -> inChunks(kh, plan, t -> schedule(khPrisoners, t))));
            times.put("-> LA: proposal arrives", time(() -> await(() -> laCount("handover_state = 'PROPOSED'", plan) == plan.size())));
            times.put("LA: agrees", time(() -> inChunks(la, plan, t -> confirm(laPrisoners, t, Handover.State.AGREED))));
            times.put("-> KH: agreement arrives", time(() -> await(() -> khCount("handover_state = 'AGREED'", plan) == plan.size())));
            times.put("KH: hands over", time(() -> inChunks(kh, plan, t -> handOver(khPrisoners, t))));
            times.put("-> LA: hand-over arrives", time(() -> await(() -> laCount("handover_state = 'HANDED_OVER'", plan) == plan.size())));
            times.put("LA: confirms receipt", time(() -> inChunks(la, plan, t -> confirm(laPrisoners, t, Handover.State.RECEIVED))));
            times.put("-> KH: receipt arrives (TRANSFERRED)", time(() -> await(() -> khCount("status = 'TRANSFERRED'", plan) == plan.size())));
            return times;
        }

        void alone(TransferId t) {
            var khPrisoners = kh.bean(Prisoners.class);
            var laPrisoners = la.bean(Prisoners.class);
            var one = List.of(t);
            decide(khPrisoners, t, 1, GDP);
            decide(khPrisoners, t, 2, "KH/MOJ");
            decide(khPrisoners, t, 3, "KH/MFAIC");
            await(() -> laCount("state = 'WAITING'", one) == 1);
            accept(laPrisoners, t);
            await(() -> khCount("status = 'APPROVED'", one) == 1);
            schedule(khPrisoners, t);
            await(() -> laCount("handover_state = 'PROPOSED'", one) == 1);
            confirm(laPrisoners, t, Handover.State.AGREED);
            await(() -> khCount("handover_state = 'AGREED'", one) == 1);
            handOver(khPrisoners, t);
            await(() -> laCount("handover_state = 'HANDED_OVER'", one) == 1);
            confirm(laPrisoners, t, Handover.State.RECEIVED);
            await(() -> khCount("status = 'TRANSFERRED'", one) == 1);
        }

        private void inChunks(BenchNode node, List<TransferId> plan, Consumer<TransferId> step) {
            var transactions = new TransactionTemplate(node.bean(PlatformTransactionManager.class));
            for (int from = 0; from < plan.size(); from += chunk) {
                var part = plan.subList(from, Math.min(plan.size(), from + chunk));
                transactions.executeWithoutResult(status -> part.forEach(step));
            }
        }

        private void decide(Prisoners prisoners, TransferId t, int position, String agency) {
            as(agency, position == 1 ? Role.PRISON_OFFICER : Role.OFFICER,
                    () -> prisoners.decide(new StepRef(t, position), StepDecision.APPROVE, ""));
        }

        private void accept(Prisoners prisoners, TransferId t) {
            as(LAO_PRISONS, Role.PRISON_OFFICER, () -> prisoners.answer(t, new PartnerAnswer(StepDecision.APPROVE, null,
                    Adaptation.Kind.CONTINUED_ENFORCEMENT, null)));
        }

        private void schedule(Prisoners prisoners, TransferId t) {
            as(GDP, Role.PRISON_OFFICER, () -> prisoners.scheduleHandover(t, new HandoverDraft(checkpoint,
                    Instant.parse("2027-04-10T02:00:00Z"), "Two escorts, one van")));
        }

        private void handOver(Prisoners prisoners, TransferId t) {
            as(GDP, Role.PRISON_OFFICER, () -> prisoners.handedOver(t, "Handed over by two escorts; judgment and property"));
        }

        private void confirm(Prisoners prisoners, TransferId t, Handover.State state) {
            as(LAO_PRISONS, Role.PRISON_OFFICER, () -> prisoners.confirmHandover(t, state,
                    state == Handover.State.RECEIVED ? "Received at the border" : null));
        }

        private long khCount(String where, List<TransferId> plan) {
            return count(kh, "prisoner_transfer", where, plan);
        }

        private long laCount(String where, List<TransferId> plan) {
            return count(la, "prisoner_partner_transfer", where, plan);
        }
    }

    private static long count(BenchNode node, String table, String where, List<TransferId> plan) {
        var ids = plan.stream().map(TransferId::value).toArray(UUID[]::new);
        return node.bean(JdbcClient.class).sql("select count(*) from " + table + " where " + where + " and id = any(?)")
                .param(ids).query(Long.class).single();
    }

    /** Registers n Lao prisoners at the Cambodian prisons and opens their cases, 200 per transaction. */
    private static List<TransferId> register(BenchNode kh, int n, String label) {
        var prisoners = kh.bean(Prisoners.class);
        var transactions = new TransactionTemplate(kh.bean(PlatformTransactionManager.class));
        var ids = new ArrayList<TransferId>();
        for (int from = 0; from < n; from += 200) {
            int to = Math.min(n, from + 200);
            int first = from;
            transactions.executeWithoutResult(status -> {
                for (int i = first; i < to; i++) {
                    var name = "Bench " + label + " " + i;
                    ids.add(as(GDP, Role.PRISON_OFFICER, () -> {
                        var prisoner = prisoners.register(new PrisonerDraft(GDP, "Correctional Centre 1", name, null,
                                null, "LA", Sex.MALE, LocalDate.of(1985, 1, 1), List.of(), List.of(new Offence(
                                "Drug trafficking", "Law on Drug Control (2012)", "40")), LocalDate.of(2024, 1, 1), 8,
                                0, 0, 0, 0, 0, 0, null, null, true, false, Consent.GIVEN, false, null, null, null, null));
                        return prisoners.openTransfer(prisoner.id(), MOU).id();
                    }));
                }
            });
        }
        return ids;
    }

    private static <T> T as(String agency, Role role, Supplier<T> work) {
        var principal = new OfficerPrincipal(OfficerId.random(), "bench." + role.name().toLowerCase(), "Bench Officer",
                agency, EnumSet.of(role));
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(principal, null, List.of(
                new SimpleGrantedAuthority("FACTOR_COMPLETE"), new SimpleGrantedAuthority(role.authority()))));
        var previous = SecurityContextHolder.getContext();
        SecurityContextHolder.setContext(context);
        try {
            return work.get();
        } finally {
            SecurityContextHolder.setContext(previous);
        }
    }

    private static long time(Runnable work) {
        long start = System.nanoTime();
        work.run();
        return (System.nanoTime() - start) / 1_000_000;
    }

    private static void await(BooleanSupplier done) {
        var deadline = System.nanoTime() + PATIENCE.toNanos();
        while (!done.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("the partner's side did not follow within " + PATIENCE);
            }
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }

    private static void awaitReady(BenchNode kh, BenchNode la) {
        var query = new PolicyQuery(AgencyId.of(GDP), AgencyId.of(LAO_PRISONS), DataCategory.TRANSFER_STEP,
                Purpose.PRISONER_TRANSFER, Instant.now());
        await(() -> kh.bean(AgreementRegistry.class).decide(query).allowed()
                && la.bean(AgreementRegistry.class).decide(query).allowed()
                && kh.bean(JdbcClient.class).sql("select count(*) from exchange_partner_key").query(Long.class).single() > 0
                && la.bean(JdbcClient.class).sql("select count(*) from exchange_partner_key").query(Long.class).single() > 0);
    }
}
