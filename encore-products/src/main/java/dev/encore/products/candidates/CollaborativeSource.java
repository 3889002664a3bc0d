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

    /** {@code template} takes the explaining track, e.g. "because you played %s". */
    private CollaborativeSource(String name, Function<ListenerContext, Model> model, String template) {
        this.name = name;
        this.model = model;
        this.template = template;
    }

    public static CollaborativeSource cf() {
        return new CollaborativeSource("cf", l -> l.taste().bundle().model(), "because you played %s");
    }

    public static CollaborativeSource content() {
        return new CollaborativeSource("content", l -> l.taste().content(), "sounds like %s, which you played");
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
        for (ScoredItem s : m.recommend(l.query(), k, l.filter())) {
            String reason = s.because().length > 0 ? String.format(template, l.describe(s.because()[0]))
                    : "picked for your taste";
            out.add(new Candidate(s.item(), s.score(), name, reason));
        }
        return out;
    }
}
