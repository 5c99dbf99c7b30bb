package dev.cinnabar.command;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class CommandStatsTest {

    @Test
    void subMicrosecondCallsStillAddUpToMicroseconds() {
        CommandStats stats = new CommandStats();
        for (int i = 0; i < 1000; i++) {
            stats.recordCall(400, false);
        }
        assertThat(stats.calls()).isEqualTo(1000);
        assertThat(stats.micros()).isEqualTo(400);
    }

    @Test
    void failedCallsAreCountedAndResetClearsAll() {
        CommandStats stats = new CommandStats();
        stats.recordCall(2_500, true);
        stats.recordRejected();
        assertThat(stats.failed()).isEqualTo(1);
        assertThat(stats.rejected()).isEqualTo(1);
        assertThat(stats.micros()).isEqualTo(2);
        stats.reset();
        assertThat(stats.calls()).isZero();
        assertThat(stats.micros()).isZero();
        assertThat(stats.failed()).isZero();
        assertThat(stats.rejected()).isZero();
    }
}
