package dev.cinnabar.keyspace;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import org.junit.jupiter.api.Test;

class WallClockTest {

    private final WallClock clock = new WallClock();

    @Test
    void agreesWithTheSystemClock() {
        for (int i = 0; i < 1_000; i++) {
            long before = System.currentTimeMillis();
            long derived = clock.millis();
            long after = System.currentTimeMillis();
            // The offset is measured to the microsecond, so only the reads' own rounding separates them.
            assertThat(derived).isBetween(before - 1, after + 1);
        }
        Instant before = Instant.now();
        Instant instant = clock.instant();
        Instant after = Instant.now();
        assertThat(instant).isBetween(before.minus(1, ChronoUnit.MILLIS), after.plus(1, ChronoUnit.MILLIS));
    }

    @Test
    void keepsAgreeingAcrossItsRemeasurements() throws InterruptedException {
        long until = System.nanoTime() + 350_000_000L;
        while (System.nanoTime() < until) {
            long before = System.currentTimeMillis();
            long derived = clock.millis();
            long after = System.currentTimeMillis();
            assertThat(derived).isBetween(before - 1, after + 1);
            Thread.sleep(1);
        }
    }

    @Test
    void readsTheTimeOfAGivenMonotonicReading() {
        long now = System.nanoTime();
        long millis = clock.millisAt(now);
        assertThat(clock.millisAt(now + 5_000_000)).isEqualTo(millis + 5);
        assertThat(clock.millisAt(now - 250_000_000)).isEqualTo(millis - 250);
        assertThat(new Db(1, clock).nowAt(now)).isEqualTo(millis);
    }

    @Test
    void anotherClockIsReadItself() {
        Clock fixed = Clock.fixed(Instant.ofEpochMilli(1_234_567), ZoneOffset.UTC);
        assertThat(new Db(1, fixed).nowAt(System.nanoTime())).isEqualTo(1_234_567);
    }

    @Test
    void isAUtcClock() {
        assertThat(clock.getZone()).isEqualTo(ZoneOffset.UTC);
        assertThat(clock.withZone(ZoneOffset.UTC)).isSameAs(clock);
        assertThat(clock.withZone(ZoneId.of("Europe/Paris")).getZone()).isEqualTo(ZoneId.of("Europe/Paris"));
    }
}
