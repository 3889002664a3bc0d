package dev.encore.ml.snapshot;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.FloatBuffer;
import java.nio.IntBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The on-disk model format: a directory with {@code manifest.json} (algorithm, parameters, shapes, metrics, ...)
 * and one little-endian binary file per array ({@code NAME.f32} or {@code NAME.i32}). Arrays are read back
 * memory-mapped, so loading a large model costs no copy until pages are touched.
 */
public final class Snapshot {
    public static final String MANIFEST = "manifest.json";
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private Snapshot() {}

    public static void writeManifest(Path dir, Map<String, Object> manifest) throws IOException {
        Files.createDirectories(dir);
        JSON.writeValue(dir.resolve(MANIFEST).toFile(), new LinkedHashMap<>(manifest));
    }

    @SuppressWarnings("unchecked")
    public static Map<String, Object> readManifest(Path dir) throws IOException {
        Path f = dir.resolve(MANIFEST);
        if (!Files.exists(f)) throw new IOException("no " + MANIFEST + " in " + dir + ": not a model snapshot");
        return JSON.readValue(f.toFile(), Map.class);
    }

    public static void writeFloats(Path dir, String name, float[] data) throws IOException {
        ByteBuffer buf = ByteBuffer.allocate(data.length * 4).order(ByteOrder.LITTLE_ENDIAN);
        buf.asFloatBuffer().put(data);
        write(dir.resolve(name + ".f32"), buf);
    }

    public static void writeInts(Path dir, String name, int[] data) throws IOException {
        ByteBuffer buf = ByteBuffer.allocate(data.length * 4).order(ByteOrder.LITTLE_ENDIAN);
        buf.asIntBuffer().put(data);
        write(dir.resolve(name + ".i32"), buf);
    }

    private static void write(Path file, ByteBuffer buf) throws IOException {
        Files.createDirectories(file.getParent());
        try (OutputStream out = Files.newOutputStream(file)) {
            out.write(buf.array());
        }
    }

    /** Memory-maps a float array written by {@link #writeFloats}. */
    public static FloatBuffer mapFloats(Path dir, String name) throws IOException {
        return map(dir.resolve(name + ".f32")).asFloatBuffer();
    }

    public static IntBuffer mapInts(Path dir, String name) throws IOException {
        return map(dir.resolve(name + ".i32")).asIntBuffer();
    }

    /** Reads a float array fully onto the heap (for hot loops that want a plain array). */
    public static float[] readFloats(Path dir, String name) throws IOException {
        FloatBuffer b = mapFloats(dir, name);
        float[] out = new float[b.remaining()];
        b.get(out);
        return out;
    }

    public static int[] readInts(Path dir, String name) throws IOException {
        IntBuffer b = mapInts(dir, name);
        int[] out = new int[b.remaining()];
        b.get(out);
        return out;
    }

    private static ByteBuffer map(Path file) throws IOException {
        if (!Files.exists(file)) throw new IOException("snapshot file missing: " + file);
        try (FileChannel ch = FileChannel.open(file, StandardOpenOption.READ)) {
            return ch.map(FileChannel.MapMode.READ_ONLY, 0, ch.size()).order(ByteOrder.LITTLE_ENDIAN);
        }
    }
}
