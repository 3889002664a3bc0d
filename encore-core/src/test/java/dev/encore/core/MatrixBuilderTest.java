package dev.encore.core;

import dev.encore.core.matrix.InteractionMatrix;
import dev.encore.core.matrix.MatrixBuilder;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class MatrixBuilderTest {

    @Test
    void sumsDuplicatesAndSortsColumns() {
        MatrixBuilder b = new MatrixBuilder();
        b.add(1, 3, 1f);
        b.add(0, 2, 2f);
        b.add(1, 0, 4f);
        b.add(1, 3, 0.5f);
        InteractionMatrix m = b.build(3, 4, false);
        assertThat(m.indptr()).containsExactly(0, 1, 3, 3);
        assertThat(m.indices()).containsExactly(2, 0, 3);
        assertThat(m.values()).containsExactly(2f, 4f, 1.5f);
        assertThat(m.get(1, 3)).isEqualTo(1.5f);
        assertThat(m.get(2, 1)).isZero();
    }

    @Test
    void dropsCellsThatEndNonPositive() {
        MatrixBuilder b = new MatrixBuilder();
        b.add(0, 0, 1f);
        b.add(0, 0, -1f);
        b.add(0, 1, -0.5f);
        b.add(0, 2, 3f);
        InteractionMatrix m = b.build(1, 3, true);
        assertThat(m.indices()).containsExactly(2);
        assertThat(m.values()).containsExactly(3f);
    }

    @Test
    void rejectsAShapeTooSmallForItsEntries() {
        MatrixBuilder b = new MatrixBuilder();
        b.add(5, 1, 1f);
        assertThatThrownBy(() -> b.build(3, 3, false)).hasMessageContaining("too small");
    }

    @Test
    void transposeSwapsRowsAndColumns() {
        MatrixBuilder b = new MatrixBuilder();
        b.add(0, 1, 1f);
        b.add(2, 1, 2f);
        b.add(2, 0, 3f);
        InteractionMatrix t = b.build(3, 2, false).transpose();
        assertThat(t.rows()).isEqualTo(2);
        assertThat(t.get(1, 0)).isEqualTo(1f);
        assertThat(t.get(1, 2)).isEqualTo(2f);
        assertThat(t.get(0, 2)).isEqualTo(3f);
        assertThat(t.rowIndices(1)).containsExactly(0, 2);
    }

    @Property
    void matchesADictionaryOfSums(@ForAll @Size(max = 200) List<@IntRange(min = 0, max = 63) Integer> cells) {
        MatrixBuilder b = new MatrixBuilder(4);
        Map<Integer, Float> expected = new TreeMap<>();
        for (int k = 0; k < cells.size(); k++) {
            int cell = cells.get(k);
            float w = (k % 3) + 1;
            b.add(cell / 8, cell % 8, w);
            expected.merge(cell, w, Float::sum);
        }
        InteractionMatrix m = b.build(8, 8, false);
        assertThat(m.nnz()).isEqualTo(expected.size());
        expected.forEach((cell, w) -> assertThat(m.get(cell / 8, cell % 8)).isEqualTo(w));
        InteractionMatrix tt = m.transpose().transpose();
        assertThat(tt.indices()).containsExactly(m.indices());
        assertThat(tt.values()).containsExactly(m.values());
    }
}
