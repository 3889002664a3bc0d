package dev.encore.ml.ease;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * A dense float matrix as one little-endian float32 file, row after row (the snapshot format's {@code NAME.f32}),
 * written and read a row at a time: an EASE weight matrix passes 2 GB, beyond one Java array or mapped buffer.
 */
final class DenseRows {
    private DenseRows() {}

    static void write(Path dir, String name, float[][] rows) throws IOException {
        Files.createDirectories(dir);
        int n = rows.length == 0 ? 0 : rows[0].length;
        ByteBuffer buf = ByteBuffer.allocateDirect(n * 4).order(ByteOrder.LITTLE_ENDIAN);
        try (FileChannel ch = FileChannel.open(dir.resolve(name + ".f32"), StandardOpenOption.CREATE,
                StandardOpenOption.TRUNCATE_EXISTING, StandardOpenOption.WRITE)) {
            for (float[] row : rows) {
                buf.clear();
                buf.asFloatBuffer().put(row);
                buf.limit(n * 4);
                while (buf.hasRemaining()) ch.write(buf);
            }
        }
    }

    static float[][] read(Path dir, String name, int rows, int cols) throws IOException {
        Path f = dir.resolve(name + ".f32");
        if (!Files.exists(f)) throw new IOException("snapshot file missing: " + f);
        long expected = (long) rows * cols * 4;
        if (Files.size(f) != expected)
            throw new IOException(f + " has " + Files.size(f) + " bytes, expected " + expected + " for " + rows + " x " + cols + " floats");
        float[][] out = new float[rows][cols];
        ByteBuffer buf = ByteBuffer.allocateDirect(cols * 4).order(ByteOrder.LITTLE_ENDIAN);
        try (FileChannel ch = FileChannel.open(f, StandardOpenOption.READ)) {
            for (float[] row : out) {
                buf.clear();
                while (buf.hasRemaining()) {
                    if (ch.read(buf) < 0) throw new IOException("unexpected end of " + f);
                }
                buf.flip();
                buf.asFloatBuffer().get(row);
            }
        }
        return out;
    }
}
