package dev.encore.synth;

import dev.encore.core.domain.AudioFeatures;

import java.util.List;
import java.util.SplittableRandom;

/**
 * One genre of the fixed vocabulary, with the priors its tracks are drawn from. In a generated world each genre
 * is also a planted taste cluster (cluster id = index in {@link Genres#ALL}).
 *
 * @param tags          related tags given to artists and tracks of the genre
 * @param share         relative size of the genre in a catalog
 * @param audio         mean audio features (tempo in BPM, loudness in dB, the rest in [0, 1])
 * @param tempoSd       spread of tempo around the mean
 * @param explicitRate  fraction of tracks with explicit lyrics
 * @param durationSec   typical track length
 */
record Genre(String name, List<String> tags, double share, AudioFeatures audio, double tempoSd,
             double explicitRate, int durationSec) {

    /** An artist's own sound: a fixed offset around the genre means, so an artist's tracks resemble each other. */
    double[] artistOffset(SplittableRandom r) {
        double[] o = new double[6];
        for (int i = 0; i < o.length; i++) o[i] = Seeds.gaussian(r) * 0.08;
        return o;
    }

    AudioFeatures sampleAudio(SplittableRandom r, double[] artistOffset) {
        double tempo = Seeds.clamp(audio.tempo() + artistOffset[0] * 60 + Seeds.gaussian(r) * tempoSd, 50, 220);
        return new AudioFeatures(
                Math.round(tempo * 10) / 10.0,
                unit(audio.energy() + artistOffset[1] + Seeds.gaussian(r) * 0.08),
                unit(audio.valence() + artistOffset[2] + Seeds.gaussian(r) * 0.12),
                unit(audio.danceability() + artistOffset[3] + Seeds.gaussian(r) * 0.08),
                unit(audio.acousticness() + artistOffset[4] + Seeds.gaussian(r) * 0.1),
                unit(audio.instrumentalness() + artistOffset[5] + Seeds.gaussian(r) * 0.08),
                Math.round(Seeds.clamp(audio.loudness() + Seeds.gaussian(r) * 2.0, -40, -1) * 100) / 100.0);
    }

    int sampleDurationMs(SplittableRandom r) {
        double sec = durationSec * Math.exp(Seeds.gaussian(r) * 0.22);
        return (int) Math.round(Seeds.clamp(sec, 60, 1500)) * 1000;
    }

    private static double unit(double v) {
        return Math.round(Seeds.clamp(v, 0, 1) * 1000) / 1000.0;
    }
}
