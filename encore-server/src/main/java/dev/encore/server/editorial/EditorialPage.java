package dev.encore.server.editorial;

import dev.encore.products.editorial.EditorialPool;
import dev.encore.server.auth.Principal;
import dev.encore.server.auth.Role;
import dev.encore.server.auth.TokenRepository;
import dev.encore.server.http.ApiProblem;
import dev.encore.server.http.FieldError;
import dev.encore.server.ui.Html;
import dev.encore.server.ui.Layout;
import dev.encore.store.EditorialRepository;
import io.javalin.http.Context;
import io.javalin.router.JavalinDefaultRouting;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The editorial pool editor of the operator dashboard, {@code /ui/operator/editorial} (admins only): the pools with
 * their candidate counts, a form to create or edit one (candidates one per line, {@code TRACK_ID @3} pins to
 * position 3) and, for an existing pool, how each placement did.
 */
public final class EditorialPage {
    static final String COOKIE = "encore_session";
    /** Form layout for this page only: one field per row, the candidate list full width. */
    static final String STYLE = "<style>.scroll{overflow-x:auto}form.editorial{display:grid;gap:.8rem;max-width:48rem}form.editorial label{display:grid;gap:.3rem}"
            + "form.editorial textarea{width:100%;font-family:monospace}form.editorial button{justify-self:start}"
            + "table.pools,table.placements{border-collapse:collapse;width:100%}table.pools td,table.placements td,"
            + "table.pools th,table.placements th{text-align:left;padding:.4rem .5rem;border-bottom:1px solid #333}</style>";
    private final EditorialService editorial;
    private final TokenRepository tokens;

    public EditorialPage(EditorialService editorial, TokenRepository tokens) {
        this.editorial = editorial;
        this.tokens = tokens;
    }

    public void register(JavalinDefaultRouting r) {
        r.get("/ui/operator/editorial", this::page);
        r.post("/ui/operator/editorial", this::save);
    }

    private Optional<Principal> admin(Context ctx) throws IOException {
        String token = ctx.cookie(COOKIE);
        Optional<Principal> p = token == null || token.isBlank() ? Optional.empty() : tokens.find(token.trim());
        if (p.isEmpty()) {
            ctx.redirect("/ui/signin");
            return Optional.empty();
        }
        if (p.get().role() != Role.ADMIN) {
            ctx.status(403).html(Layout.problem(p.get(), "Editors only", "The editorial pool editor needs an admin sign-in."));
            return Optional.empty();
        }
        return p;
    }

    private void page(Context ctx) throws IOException {
        Optional<Principal> p = admin(ctx);
        if (p.isEmpty()) return;
        String id = ctx.queryParam("pool");
        EditorialRepository.Pool pool = id == null || id.isBlank() ? null : editorial.pool(id.trim()).orElse(null);
        String stats = pool == null ? "" : EditorialViews.stats(EditorialJson.stats(pool, editorial.outcomes(pool.id())));
        ctx.html(Layout.page("Editorial pools", p.get(), EditorialViews.list(editorial.pools(), editorial.candidateCounts())
                + EditorialViews.form(pool == null ? null : EditorialViews.values(pool), List.of()) + stats, STYLE));
    }

    private void save(Context ctx) throws IOException {
        Optional<Principal> p = admin(ctx);
        if (p.isEmpty()) return;
        Map<String, String> v = new java.util.LinkedHashMap<>();
        for (String f : List.of("id", "title", "description", "size", "fixedRatio", "tracks")) v.put(f, Optional.ofNullable(ctx.formParam(f)).orElse(""));
        List<FieldError> errors = new ArrayList<>();
        try {
            EditorialPool pool = parse(v, errors);
            if (errors.isEmpty()) {
                editorial.save(pool, p.get().tokenId());
                ctx.redirect("/ui/operator/editorial?pool=" + Html.seg(pool.id()), io.javalin.http.HttpStatus.SEE_OTHER);
                return;
            }
        } catch (ApiProblem e) {
            errors.addAll(e.errors().isEmpty() ? List.of(FieldError.of("pool", e.detail())) : e.errors());
        }
        ctx.status(422).html(Layout.page("Editorial pools", p.get(), EditorialViews.list(editorial.pools(), editorial.candidateCounts())
                + EditorialViews.form(v, errors), STYLE));
    }

    /** The form as a pool; number fields that do not parse are added to {@code errors}. */
    static EditorialPool parse(Map<String, String> v, List<FieldError> errors) {
        int size = 0;
        double ratio = 0;
        try {
            size = Integer.parseInt(v.get("size").trim());
        } catch (NumberFormatException e) {
            errors.add(FieldError.of("size", "'" + v.get("size") + "' is not a whole number; give the playlist length, e.g. 50"));
        }
        try {
            ratio = v.get("fixedRatio").isBlank() ? 0 : Double.parseDouble(v.get("fixedRatio").trim());
        } catch (NumberFormatException e) {
            errors.add(FieldError.of("fixedRatio", "'" + v.get("fixedRatio") + "' is not a number from 0 to 1, e.g. 0.2"));
        }
        List<EditorialPool.Candidate> tracks = new ArrayList<>();
        String[] lines = v.get("tracks").split("\\R");
        for (int i = 0; i < lines.length; i++) {
            String l = lines[i].trim();
            if (l.isEmpty()) continue;
            int at = l.lastIndexOf(" @");
            if (at < 0) {
                tracks.add(new EditorialPool.Candidate(l, null));
                continue;
            }
            try {
                tracks.add(new EditorialPool.Candidate(l.substring(0, at).trim(), Integer.parseInt(l.substring(at + 2).trim())));
            } catch (NumberFormatException e) {
                errors.add(FieldError.of("tracks", "line " + (i + 1) + " '" + l + "': after ' @' give a position, e.g. 't42 @3'"));
            }
        }
        String d = v.get("description").trim();
        return new EditorialPool(v.get("id").trim(), v.get("title").trim(), d.isEmpty() ? null : d, size, ratio, tracks);
    }
}
