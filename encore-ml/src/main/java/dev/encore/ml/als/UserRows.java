package dev.encore.ml.als;

import java.nio.FloatBuffer;

/**
 * Where a model keeps its user factors: on the heap, or in a memory-mapped snapshot file (large user bases cost no
 * heap and no load time; pages come in as users are served). Serving reads one row at a time.
 */
abstract sealed class UserRows permits UserRows.Heap, UserRows.Mapped {
    final int rows;
    final int f;

    UserRows(int rows, int f) {
        this.rows = rows;
        this.f = f;
    }

    /** Copies row r into dst[0..f). */
    abstract void copyRow(int r, float[] dst);

    /** All rows as one row-major array (a copy for mapped storage). */
    abstract float[] toArray();

    abstract boolean mapped();

    static final class Heap extends UserRows {
        private final float[] data;

        Heap(float[] data, int rows, int f) {
            super(rows, f);
            this.data = data;
        }

        @Override
        void copyRow(int r, float[] dst) {
            System.arraycopy(data, r * f, dst, 0, f);
        }

        @Override
        float[] toArray() {
            return data;
        }

        @Override
        boolean mapped() {
            return false;
        }
    }

    static final class Mapped extends UserRows {
        private final FloatBuffer data;

        Mapped(FloatBuffer data, int rows, int f) {
            super(rows, f);
            this.data = data;
        }

        @Override
        void copyRow(int r, float[] dst) {
            data.get(r * f, dst, 0, f); // absolute get: no shared position, safe for concurrent readers
        }

        @Override
        float[] toArray() {
            float[] out = new float[rows * f];
            data.get(0, out);
            return out;
        }

        @Override
        boolean mapped() {
            return true;
        }
    }
}
