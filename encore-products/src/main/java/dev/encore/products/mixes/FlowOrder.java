package dev.encore.products.mixes;

import dev.encore.core.domain.AudioFeatures;

import java.util.ArrayList;
import java.util.List;

/**
 * Orders tracks for smooth flow: starts from the calmest track (lowest energy) and greedily plays next the one
 * nearest in (tempo/200, energy, valence, danceability). Tracks without audio features keep their relative order
 * and follow the ordered ones. Deterministic (ties keep input order).
 */
public final class FlowOrder {
    private FlowOrder() {}

    public static <T> List<T> order(List<T> tracks, java.util.function.Function<T, AudioFeatures> audio) {
        List<T> withAudio = new ArrayList<>(), without = new ArrayList<>();
        for (T t : tracks) (audio.apply(t) != null ? withAudio : without).add(t);
        List<T> out = new ArrayList<>(tracks.size());
        if (!withAudio.isEmpty()) {
            int start = 0;
            for (int i = 1; i < withAudio.size(); i++) {
                if (audio.apply(withAudio.get(i)).energy() < audio.apply(withAudio.get(start)).energy()) start = i;
            }
            T current = withAudio.remove(start);
            out.add(current);
            while (!withAudio.isEmpty()) {
                int next = 0;
                double best = Double.MAX_VALUE;
                for (int i = 0; i < withAudio.size(); i++) {
                    double d = distance(audio.apply(current), audio.apply(withAudio.get(i)));
                    if (d < best) { best = d; next = i; }
                }
                current = withAudio.remove(next);
                out.add(current);
            }
        }
        out.addAll(without);
        return out;
    }

    /** Distance between two tracks' sound: tempo scaled so 20 BPM weigh like 0.1 energy. */
    public static double distance(AudioFeatures a, AudioFeatures b) {
        double dt = (a.tempo() - b.tempo()) / 200, de = a.energy() - b.energy(), dv = a.valence() - b.valence(),
                dd = a.danceability() - b.danceability();
        return Math.sqrt(dt * dt + de * de + dv * dv + dd * dd);
    }
}
