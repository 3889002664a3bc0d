package dev.encore.server.products;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.encore.products.onboarding.OnboardingPicks;
import dev.encore.server.auth.Principal;
import dev.encore.server.auth.Role;
import dev.encore.server.serving.DirectoryModelSource;
import dev.encore.server.serving.ModelHolder;
import dev.encore.store.EncoreStore;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.function.Supplier;

/**
 * In-process latency of the home products on a prepared data directory (not a unit test; run by hand):
 * {@code java --add-modules jdk.incubator.vector -cp encore-app/target/encore.jar
 * encore-server/src/test/java/dev/encore/server/products/HomeProductsLatency.java DATA USER OTHER GENRE...}.
 * Prints the first call (engine building, scans) and the median of 5 more per product, at a fixed moment
 * (Monday 2026-11-23 20:00 UTC). Like serving, it records editions in DATA.
 */
public final class HomeProductsLatency {
    private HomeProductsLatency() {}

    public static void main(String[] args) throws Exception {
        if (args.length < 5) throw new IllegalArgumentException("usage: DATA USER OTHER GENRE GENRE [GENRE...] (e.g. encore-data u1 u2 rock jazz pop)");
        Path data = Path.of(args[0]);
        Clock clock = Clock.fixed(Instant.parse("2026-11-23T20:00:00Z"), ZoneOffset.UTC);
        ModelHolder models = new ModelHolder(new DirectoryModelSource(data.resolve("models"), DirectoryModelSource.bundles(clock),
                new ObjectMapper()), clock, new SimpleMeterRegistry());
        if (models.reload().isEmpty()) throw new IllegalArgumentException("no trained model in " + data);
        try (EncoreStore store = EncoreStore.open(data)) {
            HomeProducts hp = new HomeProducts(new ListenerProducts(store, models, null, clock), true);
            String user = args[1], other = args[2];
            OnboardingPicks picks = new OnboardingPicks(List.of(), List.of(args).subList(3, args.length));
            time("radar", () -> hp.releaseRadar(user));
            time("daylist", () -> hp.daylist(user));
            time("discovery", () -> hp.products().discoveryWeekly(user));
            time("mixes", () -> hp.products().dailyMixes(user));
            time("blend", () -> hp.blend(new Principal("bench", Role.ADMIN, null), List.of(user, other)));
            time("home", () -> hp.home(user));
            time("coldstart", () -> hp.products().coldStart().discovery("new-listener", picks, null, ZoneOffset.UTC, clock.instant()));
        }
    }

    private static void time(String what, Supplier<?> f) {
        long t0 = System.nanoTime();
        f.get();
        double first = (System.nanoTime() - t0) / 1e6;
        double[] more = new double[5];
        for (int i = 0; i < more.length; i++) {
            t0 = System.nanoTime();
            f.get();
            more[i] = (System.nanoTime() - t0) / 1e6;
        }
        Arrays.sort(more);
        System.out.printf("%-10s first %8.1f ms, then median %7.1f ms%n", what, first, more[2]);
    }
}
