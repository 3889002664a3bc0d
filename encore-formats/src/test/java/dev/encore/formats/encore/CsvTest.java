package dev.encore.formats.encore;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.CharRange;
import net.jqwik.api.constraints.Chars;
import net.jqwik.api.constraints.Size;
import net.jqwik.api.constraints.StringLength;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CsvTest {
    @Property
    void anyFieldsSurviveJoinAndSplit(@ForAll @Size(min = 1, max = 6) List<@StringLength(max = 8)
            @Chars({',', '"', '\n', '\r', ' ', 'a', 'é'}) @CharRange(from = 'x', to = 'z') String> fields) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < fields.size(); i++) {
            if (i > 0) sb.append(',');
            Csv.appendField(sb, fields.get(i));
        }
        String[] back = Csv.split(sb.toString(), fields.size());
        assertThat(back).containsExactlyElementsOf(fields); // "" stays "", never becomes null
    }

    @Test
    void emptyFieldsAreNullIncludingATrailingOne() {
        assertThat(Csv.split("a,,", 3)).containsExactly("a", null, null);
        assertThat(Csv.split(",", 2)).containsExactly(null, null);
    }

    @Test
    void fieldCountAndQuotingMistakesAreExplained() {
        assertThatThrownBy(() -> Csv.split("a,b,c", 2)).hasMessageContaining("expected 2 fields, found more");
        assertThatThrownBy(() -> Csv.split("a", 2)).hasMessageContaining("expected 2 fields, found 1");
        assertThatThrownBy(() -> Csv.split("\"ab\"c,d", 2)).hasMessageContaining("text after the closing quote of field 1");
        assertThatThrownBy(() -> Csv.split("a,\"b", 2)).hasMessageContaining("unterminated quoted field 2");
    }
}
