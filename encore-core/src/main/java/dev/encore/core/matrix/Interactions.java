package dev.encore.core.matrix;

/** A user × item matrix together with the id maps that name its rows and columns. */
public record Interactions(IdMap users, IdMap items, InteractionMatrix matrix) {
    public Interactions {
        if (matrix.rows() != users.size() || matrix.cols() != items.size())
            throw new IllegalArgumentException("matrix " + matrix + " does not match " + users.size() + " users x " + items.size() + " items");
    }
}
