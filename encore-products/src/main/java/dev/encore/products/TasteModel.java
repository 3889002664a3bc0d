package dev.encore.products;

import dev.encore.ml.Model;
import dev.encore.ml.serving.ModelBundle;

/**
 * The trained models products draw candidates from: the current collaborative bundle (model, interactions, id maps)
 * and optionally a content model over the same item ids (null when none was trained).
 */
public interface TasteModel {
    ModelBundle bundle();

    /** A content model (tags/audio) indexed like {@link #bundle()}'s items, or null. */
    default Model content() {
        return null;
    }

    static TasteModel of(ModelBundle bundle, Model content) {
        if (content != null && content.itemCount() != bundle.interactions().items().size())
            throw new IllegalArgumentException("content model has " + content.itemCount() + " items but the bundle has "
                    + bundle.interactions().items().size() + ": train both on the same item IdMap");
        return new TasteModel() {
            @Override public ModelBundle bundle() { return bundle; }
            @Override public Model content() { return content; }
        };
    }
}
