package dev.cinnabar.command.string;

import dev.cinnabar.command.RedisError;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The long double emulation behind INCRBYFLOAT; expected strings are what Redis 7.0.15 on x86-64 prints. */
class LongDoubleTest {

    private static LongDouble parse(String text) {
        return LongDouble.parse(text.getBytes(StandardCharsets.ISO_8859_1));
    }

    private static String sum(String a, String b) {
        return parse(a).plus(parse(b)).toHumanString();
    }

    @Test
    void decimalTextRoundsToA64BitSignificand() {
        assertThat(sum("0", "0.1")).isEqualTo("0.1");
        assertThat(sum("0", "10000.1")).isEqualTo("10000.09999999999999964");
        assertThat(sum("1e20", "0.1")).isEqualTo("100000000000000000000");
        assertThat(sum("0.1", "0.2")).isEqualTo("0.3");
        assertThat(sum("5.0e3", "2.0e2")).isEqualTo("5200");
    }

    @Test
    void hexTextIsExact() {
        assertThat(sum("0x1.8p1", "0")).isEqualTo("3");
        assertThat(sum("-0x.8", "0")).isEqualTo("-0.5");
        assertThat(sum("0X10", "0")).isEqualTo("16");
    }

    @Test
    void printingRoundsHalfToEvenAndDropsNegativeZero() {
        assertThat(sum("0.000003814697265625", "0")).isEqualTo("0.00000381469726562");
        assertThat(sum("0.000011444091796875", "0")).isEqualTo("0.00001144409179688");
        assertThat(sum("-1e-20", "0")).isEqualTo("0");
        assertThat(sum("-0", "-0")).isEqualTo("0");
    }

    @Test
    void rangeLimits() {
        assertThat(sum("1e-4940", "0")).isEqualTo("0");
        assertThat(parse("inf").isFinite()).isFalse();
        assertThat(parse("1e4932").plus(parse("1e4932")).isFinite()).isFalse();
        for (String bad : new String[] {"1e5000", "1e-5000", "0x1p16384", "0x1p-16447", "nan", " 1", "1 ", "", "1e"}) {
            assertThatThrownBy(() -> parse(bad)).as(bad).isSameAs(RedisError.NOT_A_FLOAT);
        }
        assertThatThrownBy(() -> parse("1." + "0".repeat(5118))).isSameAs(RedisError.NOT_A_FLOAT);
        assertThat(sum("1." + "0".repeat(5117), "0")).isEqualTo("1");
    }
}
