package dev.encore.server.admin;

import dev.encore.server.auth.Authenticator;
import dev.encore.server.http.ApiProblem;
import dev.encore.server.serving.LoadedModel;
import dev.encore.server.serving.ModelHolder;
import io.javalin.http.Context;
import io.javalin.router.JavalinDefaultRouting;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Model administration (admin tokens only): list versions with their manifests, activate one (roll back or forward). */
public final class AdminRoutes {
    private final ModelHolder models;
    private final Authenticator auth;

    public AdminRoutes(ModelHolder models, Authenticator auth) {
        this.models = models;
        this.auth = auth;
    }

    public void register(JavalinDefaultRouting r) {
        r.get("/api/v1/admin/models", this::list);
        r.post("/api/v1/admin/models/{version}/activate", this::activate);
    }

    private void list(Context ctx) throws Exception {
        Authenticator.checkAdmin(auth.require(ctx));
        String served = models.current().map(LoadedModel::version).orElse(null);
        List<Map<String, Object>> versions = new ArrayList<>();
        for (String v : models.source().versions()) {
            Map<String, Object> o = new LinkedHashMap<>();
            o.put("version", v);
            o.put("served", v.equals(served));
            o.put("manifest", models.source().manifest(v));
            versions.add(o);
        }
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("served", served);
        out.put("versions", versions);
        ctx.json(out);
    }

    private void activate(Context ctx) throws Exception {
        Authenticator.checkAdmin(auth.require(ctx));
        String version = ctx.pathParam("version");
        LoadedModel m;
        try {
            m = models.activate(version);
        } catch (IllegalArgumentException e) {
            throw ApiProblem.notFound(e.getMessage());
        } catch (IOException e) {
            throw new ApiProblem(422, "model-load-failed", "Model version could not be loaded",
                    "version " + version + " could not be loaded (" + e.getMessage() + "); still serving "
                            + models.current().map(LoadedModel::version).orElse("nothing") + ". Retrain or pick another version",
                    List.of(), List.of());
        }
        ctx.json(Map.of("served", m.version(), "algorithm", m.model().algorithm()));
    }
}
