package dev.encore.eval.run;

import dev.encore.core.matrix.InteractionMatrix;

import java.nio.ByteBuffer;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** SHA-256 of matrices (shape, structure and weights), so a report names exactly the data it was computed on. */
public final class Fingerprint {
    private Fingerprint() {}

    public static String of(InteractionMatrix... matrices) {
        MessageDigest md;
        try {
            md = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("JDK without SHA-256", e);
        }
        for (InteractionMatrix m : matrices) {
            ByteBuffer b = ByteBuffer.allocate(8 + 4 * (m.indptr().length + 2 * m.nnz()));
            b.putInt(m.rows()).putInt(m.cols());
            for (int p : m.indptr()) b.putInt(p);
            for (int c : m.indices()) b.putInt(c);
            for (float v : m.values()) b.putInt(Float.floatToIntBits(v));
            md.update(b.array());
        }
        return "sha256:" + HexFormat.of().formatHex(md.digest());
    }
}
