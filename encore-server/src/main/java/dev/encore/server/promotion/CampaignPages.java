package dev.encore.server.promotion;

import dev.encore.core.domain.Campaign;
import dev.encore.core.domain.CampaignStatus;
import dev.encore.server.auth.Principal;
import dev.encore.server.auth.Role;
import dev.encore.server.auth.TokenRepository;
import dev.encore.server.http.ApiProblem;
import dev.encore.server.http.FieldError;
import dev.encore.server.ui.Html;
import dev.encore.server.ui.Layout;
import dev.encore.server.ui.UiPrincipal;
import io.javalin.http.Context;
import io.javalin.router.JavalinDefaultRouting;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * {@code /ui/console/campaigns}: an artist's (or, for admins, any owner's) promotion campaigns — list with
 * pause/resume, a create form, and per campaign its tracks' eligibility and the report with the daily
 * incremental-streams chart (estimate and 95% bounds, Chart.js via the shared {@code data-chart} hook).
 */
final class CampaignPages {
    private static final String SCRIPTS = "<script src=\"/ui/vendor/chart.umd.min.js\" defer></script>";
    private final CampaignDesk desk;
    private final UiPrincipal principal;

    CampaignPages(CampaignDesk desk, TokenRepository tokens) {
        this.desk = desk;
        this.principal = new UiPrincipal(tokens);
    }

    void register(JavalinDefaultRouting r) {
        r.get("/ui/console/campaigns", this::list);
        r.post("/ui/console/campaigns", this::create);
        r.get("/ui/console/campaigns/{id}", this::detail);
        r.post("/ui/console/campaigns/{id}/pause", ctx -> status(ctx, CampaignStatus.PAUSED));
        r.post("/ui/console/campaigns/{id}/resume", ctx -> status(ctx, CampaignStatus.ACTIVE));
    }

    private Optional<Principal> who(Context ctx) throws Exception {
        Optional<Principal> p = principal.require(ctx);
        if (p.isPresent() && p.get().role() == Role.LISTENER) {
            ctx.status(403).html(Layout.problem(p.get(), "Artists and labels only",
                    "Campaigns need an artist token (encore token create --role artist --user ARTIST_ID) or an admin token; yours is a listener token."));
            return Optional.empty();
        }
        return p;
    }

    private void list(Context ctx) throws Exception {
        Optional<Principal> p = who(ctx);
        if (p.isPresent()) ctx.html(listPage(p.get(), ctx.queryParam("artist"), null));
    }

    private String listPage(Principal who, String owner, String error) {
        List<Campaign> all = desk.list(who);
        if (who.role() == Role.ADMIN && owner != null && !owner.isBlank()) all = all.stream().filter(c -> c.ownerId().equals(owner)).toList();
        StringBuilder rows = new StringBuilder();
        Instant now = desk.now();
        for (Campaign c : all) {
            CampaignStatus s = c.statusAt(now);
            String action = s == CampaignStatus.ENDED ? "" : """
                    <form method="post" action="/ui/console/campaigns/%s/%s"><button type="submit">%s</button></form>"""
                    .formatted(Html.seg(c.id()), s == CampaignStatus.ACTIVE ? "pause" : "resume", s == CampaignStatus.ACTIVE ? "Pause" : "Resume");
            String throttled = desk.throttled(c);
            rows.append("<tr><th scope=\"row\"><a href=\"/ui/console/campaigns/").append(Html.seg(c.id())).append("\">").append(Html.esc(c.name()))
                    .append("</a></th><td>").append(Html.esc(c.ownerId())).append("</td><td class=\"status-").append(s.wire()).append("\">").append(s.wire())
                    .append(throttled == null ? "" : " · <strong>throttled</strong>").append("</td><td>").append(desk.delivered(c)).append(" / ").append(c.impressionGoal())
                    .append("</td><td>").append(c.start().toString(), 0, 10).append(" to ").append(c.end().toString(), 0, 10)
                    .append("</td><td>").append(action).append("</td></tr>");
        }
        String table = all.isEmpty() ? "<p class=\"empty\">No campaigns yet: create one below.</p>" : """
                <div class="scroll"><table id="campaigns"><thead><tr><th scope="col">campaign</th><th scope="col">owner</th><th scope="col">status</th>
                <th scope="col">promoted slots / goal</th><th scope="col">runs</th><th scope="col"></th></tr></thead><tbody>%s</tbody></table></div>"""
                .formatted(rows);
        LocalDate today = LocalDate.ofInstant(desk.now(), ZoneOffset.UTC);
        String ownerField = who.role() == Role.ADMIN ? """
                <label>Owner (artist or label id) <input name="owner" required value="%s"></label>""".formatted(Html.esc(owner == null ? "" : owner)) : "";
        String err = error == null ? "" : "<p class=\"error\" role=\"alert\" id=\"form-error\">" + Html.esc(error) + "</p>";
        String body = """
                <section class="detail"><div><p class="kind">Artist console</p><h1>Promotion campaigns</h1>
                <p class="help">Promoted tracks may take a radio, autoplay or mix slot only when they fit the listener almost as well as what they replace,
                at most one slot in five, and never for listeners who opted out or are in the 5%% holdout that measures your lift.</p></div></section>
                <section class="panel" aria-labelledby="list-title"><h2 id="list-title">Your campaigns</h2>%s</section>
                <section class="panel" aria-labelledby="new-title"><h2 id="new-title">New campaign</h2>%s
                <form method="post" action="/ui/console/campaigns" class="stack" id="new-campaign">%s
                <label>Name <input name="name" required maxlength="200"></label>
                <label>Track ids (comma or space separated) <textarea name="tracks" required rows="2"></textarea></label>
                <label>Start <input type="date" name="start" required value="%s"></label>
                <label>End <input type="date" name="end" required value="%s"></label>
                <label>Commission on promoted streams (0–1) <input name="commissionRate" type="number" step="0.01" min="0" max="1" value="0.3" required></label>
                <label>Promoted slots wanted over the campaign <input name="impressionGoal" type="number" min="1" value="10000" required></label>
                <button type="submit">Create campaign</button></form></section>"""
                .formatted(table, err, ownerField, today, today.plusDays(28));
        return Layout.page("Promotion campaigns", who, body, SCRIPTS);
    }

    private void create(Context ctx) throws Exception {
        Optional<Principal> p = who(ctx);
        if (p.isEmpty()) return;
        try {
            CampaignJson.Draft d = new CampaignJson.Draft(blankToNull(ctx.formParam("owner")), text(ctx, "name"),
                    Arrays.stream(text(ctx, "tracks").split("[,\\s]+")).filter(s -> !s.isBlank()).toList(),
                    day(ctx, "start"), day(ctx, "end"), number(ctx, "commissionRate"), (long) number(ctx, "impressionGoal"));
            if (d.name().isBlank() || d.tracks().isEmpty()) throw ApiProblem.badRequest("give the campaign a name and at least one track id");
            if (!d.end().isAfter(d.start())) throw ApiProblem.badRequest("the end date must be after the start date");
            if (d.commissionRate() < 0 || d.commissionRate() > 1) throw ApiProblem.badRequest("the commission is a fraction from 0 to 1, e.g. 0.3");
            if (d.impressionGoal() < 1) throw ApiProblem.badRequest("ask for at least one promoted slot");
            Campaign c = desk.create(p.get(), d);
            ctx.redirect("/ui/console/campaigns/" + Html.seg(c.id()).replace("&amp;", "&"));
        } catch (ApiProblem e) {
            String detail = e.errors().isEmpty() ? e.detail() : String.join("; ", e.errors().stream().map(FieldError::message).toList());
            ctx.status(e.status() == 403 ? 403 : 422).html(listPage(p.get(), ctx.formParam("owner"), detail));
        }
    }

    private void status(Context ctx, CampaignStatus status) throws Exception {
        Optional<Principal> p = who(ctx);
        if (p.isEmpty()) return;
        try {
            desk.setStatus(p.get(), ctx.pathParam("id"), status);
            ctx.redirect("/ui/console/campaigns");
        } catch (ApiProblem e) {
            ctx.status(e.status()).html(Layout.problem(p.get(), "Cannot change the campaign", e.detail()));
        }
    }

    private void detail(Context ctx) throws Exception {
        Optional<Principal> p = who(ctx);
        if (p.isEmpty()) return;
        Campaign c;
        try {
            c = desk.get(p.get(), ctx.pathParam("id"));
        } catch (ApiProblem e) {
            ctx.status(e.status()).html(Layout.problem(p.get(), "Campaign not found", e.detail()));
            return;
        }
        String body = CampaignReportView.render(c, c.statusAt(desk.now()), desk.throttled(c), desk.eligibility(c), desk.report(p.get(), c.id()));
        ctx.html(Layout.page(c.name() + " · campaign", p.get(), body, SCRIPTS));
    }

    private static String text(Context ctx, String name) {
        String v = ctx.formParam(name);
        return v == null ? "" : v.strip();
    }

    private static String blankToNull(String v) {
        return v == null || v.isBlank() ? null : v.strip();
    }

    private static Instant day(Context ctx, String name) {
        try {
            return LocalDate.parse(text(ctx, name)).atStartOfDay().toInstant(ZoneOffset.UTC);
        } catch (DateTimeParseException e) {
            throw ApiProblem.badRequest(name + " must be a date like 2026-04-01");
        }
    }

    private static double number(Context ctx, String name) {
        try {
            return Double.parseDouble(text(ctx, name));
        } catch (NumberFormatException e) {
            throw ApiProblem.badRequest(name + " must be a number");
        }
    }
}
