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

/**
 * Model administration (admin tokens only): list versions with their manifests, activate one (roll back or
 * forward), start a training run and read its status.
 */
public final class AdminRoutes {
    private final ModelHolder models;
    private final Authenticator auth;
    private final TrainingJobs training;   // null when the server was started without a trainer

    public AdminRoutes(ModelHolder models, Authenticator auth, TrainingJobs training) {
        this.models = models;
        this.auth = auth;
        this.training = training;
    }

    public void register(JavalinDefaultRouting r) {
        r.get("/api/v1/admin/models", this::list);
        r.post("/api/v1/admin/models/{version}/activate", this::activate);
        r.post("/api/v1/admin/train", this::train);
        r.get("/api/v1/admin/train", this::trainingStatus);
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

    private TrainingJobs jobs() {
        if (training == null) throw ApiProblem.unavailable("this server was started without a trainer; train with: encore train --data DIR");
        return training;
    }

    private void train(Context ctx) throws Exception {
        Authenticator.checkAdmin(auth.require(ctx));
        TrainingJobs jobs = jobs();
        TrainingJobs.Job job = jobs.start().orElseThrow(() -> new ApiProblem(409, "training-running", "Training already running",
                "training run " + jobs.last().map(TrainingJobs.Job::id).orElse(0) + " is still running; poll GET /api/v1/admin/train",
                List.of(), List.of()));
        ctx.status(202).json(job);
    }

    private void trainingStatus(Context ctx) throws Exception {
        Authenticator.checkAdmin(auth.require(ctx));
        ctx.json(jobs().last().orElseThrow(() -> ApiProblem.notFound("no training run yet; start one with POST /api/v1/admin/train")));
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
