package dev.encore.products.prompt;

import java.util.List;

/** Turns texts into unit-length sentence vectors (one per text, same order). */
public interface Encoder {
    float[][] encode(List<String> texts);
}
