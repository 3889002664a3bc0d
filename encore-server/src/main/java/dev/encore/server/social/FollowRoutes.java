package dev.encore.server.social;

import dev.encore.core.domain.Follow;
import dev.encore.core.domain.ItemKind;
import dev.encore.server.auth.Authenticator;
import dev.encore.server.auth.Principal;
import dev.encore.server.auth.Role;
import dev.encore.server.catalog.Cursors;
import dev.encore.server.http.ApiProblem;
import dev.encore.server.http.FieldError;
import dev.encore.server.http.Queries;
import dev.encore.store.EncoreStore;
import dev.encore.store.SocialRepository;
import io.javalin.http.Context;
import io.javalin.router.JavalinDefaultRouting;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The social graph over HTTP: a user follows or unfollows users and artists ({@code PUT} / {@code DELETE
 * /api/v1/users/{id}/following/{kind}/{target}}, both idempotent), and lists whom they follow and who follows
 * them, in id-ordered pages. A listener acts only for their own user, admin for anyone; an artist token may read
 * its own artist's followers.
 */
public final class FollowRoutes {
    static final int MAX_PAGE = 1_000, DEFAULT_PAGE = 100;
    private final EncoreStore store;
    private final Authenticator auth;

    public FollowRoutes(EncoreStore store, Authenticator auth) {
        this.store = store;
        this.auth = auth;
    }

    public void register(JavalinDefaultRouting r) {
        r.put("/api/v1/users/{id}/following/{kind}/{target}", this::follow);
        r.delete("/api/v1/users/{id}/following/{kind}/{target}", this::unfollow);
        r.get("/api/v1/users/{id}/following", this::following);
        r.get("/api/v1/users/{id}/followers", this::userFollowers);
        r.get("/api/v1/artists/{id}/followers", this::artistFollowers);
    }

    private String actingUser(Context ctx) throws Exception {
        String user = ctx.pathParam("id");
        Authenticator.checkActsFor(auth.require(ctx), user);
        return user;
    }

    /** {@code users} or {@code artists} (singular accepted): what a user can follow here. */
    private static ItemKind kind(String name, String where) {
        String s = name.toLowerCase(java.util.Locale.ROOT);
        if (s.equals("users") || s.equals("user")) return ItemKind.USER;
        if (s.equals("artists") || s.equals("artist")) return ItemKind.ARTIST;
        throw ApiProblem.invalid(where + " '" + name + "' cannot be followed; use users or artists",
                List.of(FieldError.of(where, "users or artists")));
    }

    private void follow(Context ctx) throws Exception {
        String user = actingUser(ctx);
        ItemKind kind = kind(ctx.pathParam("kind"), "kind");
        String target = ctx.pathParam("target");
        if (kind == ItemKind.USER && target.equals(user))
            throw ApiProblem.invalid("user '" + user + "' cannot follow themselves", List.of(FieldError.of("target", "is the following user")));
        boolean exists = kind == ItemKind.USER ? store.users().exists(target) : store.catalog().artist(target).isPresent();
        if (!exists)
            throw ApiProblem.notFound("there is no " + kind.wire() + " '" + target + "' to follow; "
                    + (kind == ItemKind.USER ? "create it with POST /api/v1/users" : "add it with POST /api/v1/catalog/artists"));
        boolean added = store.social().follow(new Follow(user, kind, target));
        ctx.status(added ? 201 : 200).json(edge(user, kind, target, true, added));
    }

    private void unfollow(Context ctx) throws Exception {
        String user = actingUser(ctx);
        ItemKind kind = kind(ctx.pathParam("kind"), "kind");
        String target = ctx.pathParam("target");
        boolean removed = store.social().unfollow(new Follow(user, kind, target));
        ctx.json(edge(user, kind, target, false, removed));
    }

    private static Map<String, Object> edge(String user, ItemKind kind, String target, boolean following, boolean changed) {
        Map<String, Object> o = new LinkedHashMap<>();
        o.put("user", user);
        o.put("kind", kind.wire());
        o.put("target", target);
        o.put("following", following);
        o.put("changed", changed);
        return o;
    }

    private void following(Context ctx) throws Exception {
        String user = actingUser(ctx);
        String k = ctx.queryParam("kind");
        ItemKind kind = kind(k == null ? "artists" : k, "kind");
        int limit = Queries.intParam(ctx, "limit", DEFAULT_PAGE, 1, MAX_PAGE);
        List<String> ids = store.social().following(user, kind, Cursors.decode(ctx.queryParam("cursor")), limit + 1);
        ctx.json(page("user", user, kind, ids, limit, -1));
    }

    private void userFollowers(Context ctx) throws Exception {
        String user = actingUser(ctx);
        ctx.json(followers(ctx, "user", user, ItemKind.USER));
    }

    private void artistFollowers(Context ctx) throws Exception {
        Principal p = auth.require(ctx);
        String artist = ctx.pathParam("id");
        boolean own = p.role() == Role.ARTIST && artist.equals(p.userId());
        if (p.role() != Role.ADMIN && !own)
            throw ApiProblem.forbidden("only artist '" + artist + "' (an artist token for it) or an admin may list its followers");
        ctx.json(followers(ctx, "artist", artist, ItemKind.ARTIST));
    }

    private Map<String, Object> followers(Context ctx, String subjectKey, String subject, ItemKind kind) {
        int limit = Queries.intParam(ctx, "limit", DEFAULT_PAGE, 1, MAX_PAGE);
        SocialRepository social = store.social();
        List<String> ids = social.followers(kind, subject, Cursors.decode(ctx.queryParam("cursor")), limit + 1);
        return page(subjectKey, subject, null, ids, limit, social.followerCount(kind, subject));
    }

    /** One page of ids; one more than {@code limit} was fetched to tell whether another page follows. */
    private static Map<String, Object> page(String subjectKey, String subject, ItemKind kind, List<String> ids, int limit, long total) {
        Map<String, Object> o = new LinkedHashMap<>();
        o.put(subjectKey, subject);
        if (kind != null) o.put("kind", kind.wire() + "s");
        if (total >= 0) o.put("total", total);
        List<String> items = ids.subList(0, Math.min(limit, ids.size()));
        o.put("items", items);
        o.put("next", ids.size() > limit ? Cursors.encode(items.get(items.size() - 1)) : null);
        return o;
    }
}
