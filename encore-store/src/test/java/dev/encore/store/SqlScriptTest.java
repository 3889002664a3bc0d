package dev.encore.store;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SqlScriptTest {

    @Test
    void splitsStatementsAndKeepsTriggerBodiesWhole() {
        String script = """
                -- a comment; with a semicolon
                CREATE TABLE a (x INTEGER);
                CREATE TABLE b (
                    y INTEGER
                );
                CREATE TRIGGER t AFTER INSERT ON a
                BEGIN
                    INSERT INTO b VALUES (NEW.x);
                    DELETE FROM b WHERE y < 0;
                END;
                """;
        assertThat(SqlScript.statements(script)).hasSize(3)
                .satisfies(s -> assertThat(s.get(2)).startsWith("CREATE TRIGGER").endsWith("END;").contains("DELETE FROM b"));
    }

    @Test
    void aMissingSemicolonIsReported() {
        assertThatThrownBy(() -> SqlScript.statements("CREATE TABLE a (x INTEGER)"))
                .hasMessageContaining("missing ';'").hasMessageContaining("CREATE TABLE a");
    }

    @Test
    void shippedMigrationsAreNumberedInOrderAndSplitCleanly() {
        var names = Migrations.scripts();
        assertThat(names).isNotEmpty();
        for (int i = 0; i < names.size(); i++) {
            assertThat(names.get(i)).startsWith(String.format("V%03d__", i + 1)).endsWith(".sql");
            assertThat(SqlScript.statements(Migrations.script(names.get(i)))).isNotEmpty()
                    .allMatch(sql -> sql.endsWith(";"));
        }
    }
}
