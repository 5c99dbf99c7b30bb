package dev.cinnabar.resp;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;

class NumbersTest {

    @Test
    void decimalIsTheCanonicalTextOfEveryLong() {
        long[] values = {0, 9, 10, 9999, 10_000, -1, -9999, 1_234_567_890_123L, Long.MAX_VALUE, Long.MIN_VALUE};
        for (long v : values) {
            assertThat(new String(Numbers.decimal(v), StandardCharsets.US_ASCII)).as("%d", v).isEqualTo(Long.toString(v));
            assertThat(Numbers.parseLong(Numbers.decimal(v), 1)).as("%d", v).isEqualTo(v);
        }
    }

    @Test
    void smallValuesShareOneArrayAndTheRestAreFresh() {
        assertThat(Numbers.decimal(42)).isSameAs(Numbers.decimal(42));
        assertThat(Numbers.decimal(9999)).isSameAs(Numbers.decimal(9999));
        assertThat(Numbers.decimal(10_000)).isNotSameAs(Numbers.decimal(10_000));
        assertThat(Numbers.decimal(-1)).isNotSameAs(Numbers.decimal(-1));
    }

    @Test
    void writeDecimalEndsWhereItIsTold() {
        byte[] dst = "xxxxxxxxxxxxxxxxxxxxxxxxxx".getBytes(StandardCharsets.US_ASCII);
        Numbers.writeDecimal(-305, dst, 6);
        Numbers.writeDecimal(Long.MIN_VALUE, dst, 6 + 20);
        assertThat(new String(dst, StandardCharsets.US_ASCII)).isEqualTo("xx-305-9223372036854775808");
    }
}
