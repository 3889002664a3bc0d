package dev.encore.app.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.encore.app.UserError;
import dev.encore.core.domain.Playlist;
import dev.encore.core.domain.PlaylistItem;
import dev.encore.core.domain.Track;
import dev.encore.products.Catalog;
import dev.encore.products.blend.Blend;
import dev.encore.products.home.Home;
import dev.encore.products.home.Shelf;
import dev.encore.products.home.ShelfEntry;
import dev.encore.server.auth.Principal;
import dev.encore.server.auth.Role;
import dev.encore.server.http.ApiProblem;
import dev.encore.server.products.HomeProducts;
import dev.encore.server.products.ListenerProducts;
import dev.encore.server.serving.DirectoryModelSource;
import dev.encore.server.serving.ModelHolder;
import dev.encore.store.EncoreStore;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

/**
 * {@code encore products}: prints a listener's products exactly as the API serves them (same engines, same
 * recorded editions), each item with its reason. Read-mostly: like the first API request of a week, it records
 * that week's discovery edition and saves generated playlists for export.
 */
@Command(name = "products", mixinStandardHelpOptions = true,
        description = "Print a listener's playlists with reasons: discovery, mixes, radar, daylist, blend or home.")
public final class ProductsCommand implements Callable<Integer> {
    enum Product { discovery, mixes, radar, daylist, blend, radio, review, home }

    @Option(names = "--data", defaultValue = "encore-data", description = "data directory (default ${DEFAULT-VALUE})") Path data;
    @Option(names = "--user", required = true, description = "the listener's id") String user;
    @Option(names = "--product", defaultValue = "home", description = "one of ${COMPLETION-CANDIDATES} (default ${DEFAULT-VALUE})") Product product;
    @Option(names = "--with", split = ",", description = "for --product blend: the other listeners' ids, comma-separated (1 to 9)") List<String> with;
    @Option(names = "--year", description = "for --product review: the year (default: the year of --at, or this year)") Integer year;
    @Option(names = "--at", description = "the moment to generate for (ISO-8601, e.g. 2026-11-23T09:00:00Z; default now)") Instant at;

    @Override
    public Integer call() throws Exception {
        if (!Files.isDirectory(data)) throw new UserError("no data directory at " + data + "; run 'encore demo --prepare-only' or 'encore import' first");
        Clock clock = at == null ? Clock.systemUTC() : Clock.fixed(at, ZoneOffset.UTC);
        ModelHolder models = new ModelHolder(new DirectoryModelSource(data.resolve("models"), DirectoryModelSource.bundles(clock), new ObjectMapper()),
                clock, new SimpleMeterRegistry());
        if (models.reload().isEmpty()) throw new UserError("no trained model in " + data + "; run 'encore train --data " + data + "' first");
        try (EncoreStore store = EncoreStore.open(data)) {
            HomeProducts products = new HomeProducts(new ListenerProducts(store, models, null, clock), true);
            if (product == Product.review) review(System.out, products.products().review(user, year != null ? year : clock.instant().atZone(ZoneOffset.UTC).getYear()));
            else print(System.out, products, user, product, with == null ? List.of() : with);
        } catch (ApiProblem p) {
            throw new UserError(p.detail(), p);
        }
        return 0;
    }

    static void print(PrintStream out, HomeProducts products, String user, Product product, List<String> with) {
        ListenerProducts lp = products.products();
        switch (product) {
            case discovery -> playlist(out, lp.discoveryWeekly(user), lp.catalog());
            case mixes -> {
                List<Playlist> mixes = lp.dailyMixes(user);
                if (mixes.isEmpty()) out.println("No daily mixes for " + user + " yet: mixes need a few favourite artists.");
                mixes.forEach(p -> playlist(out, p, lp.catalog()));
            }
            case radar -> playlist(out, products.releaseRadar(user), lp.catalog());
            case daylist -> playlist(out, products.daylist(user), lp.catalog());
            case blend -> {
                if (with.isEmpty()) throw new UserError("--product blend needs --with: the other listeners, e.g. --with u2,u3");
                List<String> members = new ArrayList<>(with);
                members.add(0, user);
                Blend.Result r = products.blend(new Principal("cli", Role.ADMIN, null), members);
                out.println("Taste match: " + r.tasteMatch() + "%   contributions: " + r.contributions());
                playlist(out, r.playlist(), lp.catalog());
            }
            case radio -> {   // a session on the listener's own taste: the first 20 tracks
                var session = lp.openRadio(user, new dev.encore.products.radio.RadioSeed(dev.encore.products.radio.RadioSeed.Kind.TASTE, user));
                out.println("== Radio from your taste (session " + session.id() + ")");
                int n = 1;
                for (PlaylistItem i : lp.radioNext(session, 20)) out.printf("%3d. %s  [%s]%n", n++, describe(i.itemId(), lp.catalog()), i.reason());
            }
            case review -> throw new IllegalStateException("review is printed by review()");
            case home -> home(out, products.home(user));
        }
    }

    private static void playlist(PrintStream out, Playlist p, Catalog catalog) {
        out.println("== " + p.title() + " (" + p.period() + ")");
        if (p.description() != null) out.println("   " + p.description());
        if (p.items().isEmpty()) out.println("   (nothing yet)");
        int n = 1;
        for (PlaylistItem i : p.items()) out.printf("%3d. %s  [%s]%n", n++, describe(i.itemId(), catalog), i.reason());
    }

    private static void review(PrintStream out, dev.encore.products.review.YearlyReview r) {
        out.printf("== %s's %d in music%n", r.userId(), r.year());
        out.printf("   %,d minutes listened (more than %.0f%% of listeners), longest streak %d days, %d new artists%n",
                r.minutesListened(), r.minutesPercentile(), r.longestStreakDays(), r.newArtists().size());
        if (r.personality() != null) out.println("   personality: " + r.personality().label());
        ranked(out, "top artists", r.topArtists());
        ranked(out, "top tracks", r.topTracks());
        ranked(out, "top genres", r.topTags());
        ranked(out, "top podcasts", r.topPodcasts());
    }

    private static void ranked(PrintStream out, String title, List<dev.encore.products.review.YearlyReview.Ranked> list) {
        if (list.isEmpty()) return;
        out.println("-- " + title);
        int n = 1;
        for (var e : list) out.printf("%3d. %s  [%,d plays]%n", n++, e.name(), e.plays());
    }

    private static void home(PrintStream out, Home.Result r) {
        if (r.shelves().isEmpty()) out.println("Nothing on this home yet: play some music or send onboarding picks.");
        for (Shelf s : r.shelves()) {
            out.println("== " + s.title() + " [" + s.id() + "]");
            int n = 1;
            for (ShelfEntry e : s.entries())
                out.printf("%3d. %s%s  [%s]%n", n++, e.title(), e.subtitle() == null ? "" : " - " + e.subtitle(), e.reason());
        }
        r.unavailable().forEach((id, why) -> out.println("(" + id + " unavailable: " + why + ")"));
    }

    private static String describe(String trackId, Catalog catalog) {
        Track t = catalog.track(trackId);
        if (t == null) return trackId;
        return t.title() + (t.artistIds().isEmpty() ? "" : " - " + String.join(", ", t.artistIds().stream().map(catalog::artistName).toList()));
    }
}
