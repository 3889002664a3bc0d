package dev.encore.app;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The {@code encore simulate promotion} contract: a table, "violations: N" and one lift line per campaign. */
class SimulateCommandTest {

    @Test
    void printsViolationsAndLiftPerCampaignTheSameForTheSameSeed() {
        CommandLineRun r = CommandLineRun.of("simulate", "promotion", "--seed", "3", "--listeners", "200", "--days", "4", "--holdout", "0.2");
        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(r.out()).contains("| campaign |").containsPattern("(?m)^violations: 0$")
                .containsPattern("(?m)^lift huge-label: -?[0-9.]+ \\[-?[0-9.]+, -?[0-9.]+] incremental streams$")
                .containsPattern("(?m)^lift misleading-hated: ");
        assertThat(CommandLineRun.of("simulate", "promotion", "--seed", "3", "--listeners", "200", "--days", "4", "--holdout", "0.2").out())
                .isEqualTo(r.out());
    }

    @Test
    void badSizesAreExplained() {
        CommandLineRun r = CommandLineRun.of("simulate", "promotion", "--listeners", "3");
        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.err()).contains("simulation too small");
    }
}
