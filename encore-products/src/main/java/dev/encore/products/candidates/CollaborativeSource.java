package dev.encore.products.candidates;

import dev.encore.ml.Model;
import dev.encore.ml.ScoredItem;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * Candidates from a model's {@code recommend} for the listener's taste query: the collaborative model ("cf") or
 * the content model ("content"). The reason names the listener's track that contributed most.
 */
public final class CollaborativeSource implements CandidateSource {
    private final String name;
    private final Function<ListenerContext, Model> model;
    private final String template;
    private final boolean deferReasons;
    /** The reason of a deferred candidate until {@link #explainPicked} names the track behind it. */
    static final String PENDING = "picked for your taste";

    /** {@code template} takes the explaining track, e.g. "because you played %s". */
    private CollaborativeSource(String name, Function<ListenerContext, Model> model, String template, boolean deferReasons) {
        this.name = name;
        this.model = model;
        this.template = template;
        this.deferReasons = deferReasons;
    }

    public static CollaborativeSource cf() {
        return new CollaborativeSource("cf", l -> l.taste().bundle().model(), "because you played %s", false);
    }

    public static CollaborativeSource content() {
        return new CollaborativeSource("content", l -> l.taste().content(), "sounds like %s, which you played", false);
    }

    /**
     * This source, but candidates carry a placeholder reason and the model skips explaining them; call
     * {@link #explainPicked} on the blended result, so only the items that are shown get explained (a batch product
     * asking for 60 candidates shows about half of them).
     */
    public CollaborativeSource deferringReasons() {
        return new CollaborativeSource(name, model, template, true);
    }

    /** Replaces the placeholder reasons of this source's picked items with the history track behind each. */
    public List<Blender.Blended> explainPicked(ListenerContext l, List<Blender.Blended> picked) {
        Model m = model.apply(l);
        int[] mine = picked.stream().filter(b -> b.source().equals(name) && b.reason().equals(PENDING))
                .mapToInt(Blender.Blended::item).toArray();
        if (m == null || mine.length == 0) return picked;
        int[][] because = m.explain(l.query(), mine, 1);
        java.util.Map<Integer, String> reasons = new java.util.HashMap<>();
        for (int i = 0; i < mine.length; i++) {
            if (because[i].length > 0) reasons.put(mine[i], String.format(template, l.describe(because[i][0])));
        }
        List<Blender.Blended> out = new ArrayList<>(picked.size());
        for (Blender.Blended b : picked) {
            String r = b.source().equals(name) && b.reason().equals(PENDING) ? reasons.getOrDefault(b.item(), PENDING) : b.reason();
            out.add(new Blender.Blended(b.item(), b.score(), b.source(), r));
        }
        return out;
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public List<Candidate> candidates(ListenerContext l, int k) {
        Model m = model.apply(l);
        if (m == null || l.query().items().length == 0) return List.of();
        List<Candidate> out = new ArrayList<>(k);
        for (ScoredItem s : m.recommend(l.query(), k, l.filter(), !deferReasons)) {
            String reason = s.because().length > 0 ? String.format(template, l.describe(s.because()[0])) : PENDING;
            out.add(new Candidate(s.item(), s.score(), name, reason));
        }
        return out;
    }
}
