package dev.encore.server.ui;

import dev.encore.server.admin.TrainingJobs;
import dev.encore.server.auth.Principal;
import dev.encore.server.auth.Role;
import dev.encore.server.auth.TokenRepository;
import dev.encore.server.http.HttpMetrics;
import io.javalin.http.Context;
import io.javalin.router.JavalinDefaultRouting;

import java.io.IOException;
import java.time.Duration;
import java.util.Locale;
import java.util.Optional;

/**
 * The operator page's live parts (admin only), loaded into it over htmx: the training panel (last run, start one;
 * it polls itself while a run is going and reloads the page when it ends) and the ingest rate (refreshed every 5 s).
 */
public final class OperatorActions {
    private final TrainingJobs training;   // null when the server was started without a trainer
    private final UiPrincipal principal;
    private final IngestRate rate;

    public OperatorActions(TrainingJobs training, TokenRepository tokens, HttpMetrics metrics) {
        this.training = training;
        this.principal = new UiPrincipal(tokens);
        this.rate = new IngestRate(metrics, System::nanoTime);
    }

    public void register(JavalinDefaultRouting r) {
        r.get("/ui/operator/training", ctx -> {
            if (admin(ctx)) {
                String body = trainingPanel(null);
                // a run that was going when the page polled has ended: reload so the new version shows in the tables
                if ("running".equals(ctx.queryParam("was")) && training != null && training.last().map(j -> !j.state().equals("running")).orElse(false))
                    ctx.header("HX-Refresh", "true");
                ctx.html(body);
            }
        });
        r.post("/ui/operator/train", this::train);
        r.get("/ui/operator/ingest-rate", ctx -> {
            if (admin(ctx)) ctx.html(ratePanel());
        });
    }

    private void train(Context ctx) throws IOException {
        if (!admin(ctx)) return;
        String notice;
        if (training == null) notice = "This server was started without a trainer; train with: encore train --data DIR (then roll forward below).";
        else notice = training.start().map(j -> "Training run " + j.id() + " started.")
                .orElse("A training run is already going; wait for it to finish.");
        if (ctx.header("HX-Request") != null) ctx.html(trainingPanel(notice));
        else ctx.redirect("/ui/operator?notice=" + java.net.URLEncoder.encode(notice, java.nio.charset.StandardCharsets.UTF_8),
                io.javalin.http.HttpStatus.SEE_OTHER);
    }

    /** The panel: the last run (state, times, duration, version or error) and the start button. */
    String trainingPanel(String notice) {
        Optional<TrainingJobs.Job> last = training == null ? Optional.empty() : training.last();
        boolean running = last.map(j -> j.state().equals("running")).orElse(false);
        String poll = running ? " hx-get=\"/ui/operator/training?was=running\" hx-trigger=\"load delay:1s\" hx-swap=\"outerHTML\"" : "";
        String status;
        if (training == null) status = "<p class=\"empty\">This server has no trainer (start it with <code>encore serve</code> or <code>encore demo</code> to train from here).</p>";
        else if (last.isEmpty()) status = "<p class=\"empty\">No training run since the server started.</p>";
        else {
            TrainingJobs.Job j = last.get();
            String took = j.finishedAt() == null ? "running for " + seconds(Duration.between(j.startedAt(), java.time.Instant.now()))
                    : "took " + seconds(Duration.between(j.startedAt(), j.finishedAt()));
            status = """
                    <p id="last-run">Run %d <span class="badge state-%s">%s</span> started %s, %s%s%s</p>"""
                    .formatted(j.id(), Html.esc(j.state()), Html.esc(j.state()), Html.esc(j.startedAt().toString()), Html.esc(took),
                            j.version() == null ? "" : ", published <strong>" + Html.esc(j.version()) + "</strong>",
                            j.error() == null ? "" : ". <span class=\"error\">Error: " + Html.esc(j.error()) + "</span>");
        }
        String note = notice == null ? "" : "<p class=\"notice\" role=\"status\">" + Html.esc(notice) + "</p>";
        return """
                <section class="panel" id="training" aria-labelledby="training-title" aria-live="polite"%s><h2 id="training-title">Training</h2>%s%s
                <form method="post" action="/ui/operator/train" hx-post="/ui/operator/train" hx-target="#training" hx-swap="outerHTML">
                <button type="submit"%s>%s</button></form></section>"""
                .formatted(poll, note, status, running || training == null ? " disabled" : "", running ? "Training…" : "Train a new model now");
    }

    private String ratePanel() {
        return """
                <p id="ingest-rate" hx-get="/ui/operator/ingest-rate" hx-trigger="every 5s" hx-swap="outerHTML">
                <strong>%s</strong> events stored per second (last minute) · %s since start</p>"""
                .formatted(String.format(Locale.ROOT, "%,.1f", rate.perSecond()), String.format(Locale.ROOT, "%,d", rate.stored()));
    }

    private static String seconds(Duration d) {
        return String.format(Locale.ROOT, "%.1f s", d.toMillis() / 1000.0);
    }

    private boolean admin(Context ctx) throws IOException {
        Optional<Principal> p = principal.require(ctx);
        if (p.isEmpty()) return false;
        if (p.get().role() != Role.ADMIN) {
            ctx.status(403).html(Layout.problem(p.get(), "Operators only", "The operator page needs an admin token; yours is a " + p.get().role().wire() + " token."));
            return false;
        }
        return true;
    }
}
