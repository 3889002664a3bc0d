package dev.encore.products.prompt;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PromptParserTest {
    @Test
    void readsEveryTermKindWithWeightsAndLeavesFreeText() {
        Structured s = PromptParser.parse("artist:(Daft Punk):3 #house tag:(rock, indie):2 stats:user recs:me mode:hard for a party");
        assertThat(s.terms()).extracting(Structured.Term::kind, Structured.Term::value, Structured.Term::weight).containsExactly(
                org.assertj.core.groups.Tuple.tuple(Structured.Kind.ARTIST, "Daft Punk", 3.0),
                org.assertj.core.groups.Tuple.tuple(Structured.Kind.TAG, "house", 1.0),
                org.assertj.core.groups.Tuple.tuple(Structured.Kind.TAG, "rock", 2.0),
                org.assertj.core.groups.Tuple.tuple(Structured.Kind.TAG, "indie", 2.0),
                org.assertj.core.groups.Tuple.tuple(Structured.Kind.STATS, "user", 1.0),
                org.assertj.core.groups.Tuple.tuple(Structured.Kind.RECS, "me", 1.0));
        assertThat(s.mode()).isEqualTo(Mode.HARD);
        assertThat(s.freeText().trim()).isEqualTo("for a party");
        assertThat(s.terms().get(1).position()).isEqualTo(21);
    }

    @Test
    void plainTextIsNotStructured() {
        Structured s = PromptParser.parse("note: chill indie, 2 hours");
        assertThat(s.isEmpty()).isTrue();
        assertThat(s.freeText()).isEqualTo("note: chill indie, 2 hours");
        assertThat(PromptParser.parse("#jazz:2, #soul").terms()).extracting(Structured.Term::value).containsExactly("jazz", "soul");
    }

    @Test
    void errorsSayWhereAndHowToFix() {
        assertThatThrownBy(() -> PromptParser.parse("chill artist:(Daft Punk"))
                .isInstanceOfSatisfying(PromptSyntaxException.class, e -> {
                    assertThat(e.position()).isEqualTo(13);
                    assertThat(e.getMessage()).contains("never closed").contains("close it with ')'");
                });
        assertThatThrownBy(() -> PromptParser.parse("genre:(rock)")).isInstanceOfSatisfying(PromptSyntaxException.class, e -> {
            assertThat(e.position()).isZero();
            assertThat(e.getMessage()).contains("unknown term 'genre:'").contains("use artist:(Name)");
        });
        assertThatThrownBy(() -> PromptParser.parse("tag:(rock):x")).hasMessageContaining("at position 11").hasMessageContaining("not a number");
        assertThatThrownBy(() -> PromptParser.parse("#rock:0")).hasMessageContaining("out of range");
        assertThatThrownBy(() -> PromptParser.parse("mode:wild")).hasMessageContaining("unknown mode 'wild'").hasMessageContaining("mode:easy");
        assertThatThrownBy(() -> PromptParser.parse("artist:()")).hasMessageContaining("has no value");
        assertThatThrownBy(() -> PromptParser.parse("# rock")).hasMessageContaining("'#' has no value");
        assertThatThrownBy(() -> PromptParser.parse("tag:(rock,,jazz)")).hasMessageContaining("empty tag");
    }

    @Test
    void unknownArtistsAndTagsAreRejectedWithSuggestions() {
        Interpreter in = new Interpreter(SmallCatalog.index(), new LexicalTagMapper());
        assertThatThrownBy(() -> in.interpret("artist:(Radiohed)", null, Constraints.none()))
                .isInstanceOfSatisfying(PromptSyntaxException.class, e -> {
                    assertThat(e.position()).isZero();
                    assertThat(e.getMessage()).contains("no artist named 'Radiohed'").contains("closest: 'Radiohead'");
                });
        assertThatThrownBy(() -> in.interpret("tag:(rok)", null, Constraints.none())).hasMessageContaining("closest: 'rock'");
        assertThatThrownBy(() -> in.interpret("stats:user", null, Constraints.none())).hasMessageContaining("needs a listener");
        assertThatThrownBy(() -> in.interpret("stats:bob", "alice", Constraints.none())).hasMessageContaining("names another listener");
        assertThat(in.interpret("tag:(hip hop) artist:(sigur ros)", "alice", Constraints.none()).constraints().artists()).containsKey("sigur");
    }
}
