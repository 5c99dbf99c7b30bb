package dev.cinnabar.command.zset;

import dev.cinnabar.command.RedisError;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Score arguments read like C's strtod with Redis's checks; range bounds more leniently. */
class ScoresTest {

    private static byte[] b(String s) {
        return s.getBytes(StandardCharsets.ISO_8859_1);
    }

    private static double score(String s) {
        return Scores.parse(b(s), RedisError.NOT_A_FLOAT);
    }

    @Test
    void decimalHexAndInfinities() {
        assertThat(score("1")).isEqualTo(1.0);
        assertThat(score("-17.125")).isEqualTo(-17.125);
        assertThat(score("0.1")).isEqualTo(0.1);
        assertThat(score("1.")).isEqualTo(1.0);
        assertThat(score(".5")).isEqualTo(0.5);
        assertThat(score("+.5e+1")).isEqualTo(5.0);
        assertThat(score("1E2")).isEqualTo(100.0);
        assertThat(score("0x10")).isEqualTo(16.0);
        assertThat(score("0X1.8P1")).isEqualTo(3.0);
        assertThat(score("-0x.8")).isEqualTo(-0.5);
        assertThat(score("inf")).isEqualTo(Double.POSITIVE_INFINITY);
        assertThat(score("-Infinity")).isEqualTo(Double.NEGATIVE_INFINITY);
        assertThat(score("+INF")).isEqualTo(Double.POSITIVE_INFINITY);
        assertThat(score("9007199254740993")).isEqualTo(9007199254740992.0);
        assertThat(score("123456789012345")).isEqualTo(123456789012345.0);
        assertThat(score("1e-310")).isEqualTo(1e-310);
    }

    @Test
    void negativeZeroKeepsItsSign() {
        assertThat(1 / score("-0")).isEqualTo(Double.NEGATIVE_INFINITY);
        assertThat(1 / score("-0.0")).isEqualTo(Double.NEGATIVE_INFINITY);
        assertThat(1 / score("0")).isEqualTo(Double.POSITIVE_INFINITY);
    }

    @Test
    void malformedNanAndOutOfRangeScoresAreErrors() {
        for (String bad : new String[] {"", " 1", "1 ", "nan", "-nan", "NaN", "1e400", "-1e400", "1e-400", "0x1p99999",
                "1e", "1e+", ".", "-", "+", "0x", "0x1p", "1.2.3", "1d", "1f", "infinit", "inff", "1\u0000", "abc", "1,5"}) {
            assertThatThrownBy(() -> score(bad)).as(bad).isSameAs(RedisError.NOT_A_FLOAT);
        }
    }

    @Test
    void boundsAreLenient() {
        assertThat(Scores.bound(b(""), 0)).isEqualTo(0.0);
        assertThat(Scores.bound(b("("), 1)).isEqualTo(0.0);
        assertThat(Scores.bound(b(" \t2"), 0)).isEqualTo(2.0);
        assertThat(Scores.bound(b("3\u0000junk"), 0)).isEqualTo(3.0);
        assertThat(Scores.bound(b("\u0000junk"), 0)).isEqualTo(0.0);
        assertThat(Scores.bound(b("1e400"), 0)).isEqualTo(Double.POSITIVE_INFINITY);
        assertThat(Scores.bound(b("1e-400"), 0)).isEqualTo(0.0);
        assertThat(Scores.bound(b("(5"), 1)).isEqualTo(5.0);
        assertThat(Scores.bound(b("   "), 0)).isNaN();
        assertThat(Scores.bound(b("2 "), 0)).isNaN();
        assertThat(Scores.bound(b("nan"), 0)).isNaN();
        assertThat(Scores.bound(b("x"), 0)).isNaN();
    }

    @Test
    void sortWeightsAreBoundsThatRefuseEveryRangeError() {
        assertThat(Scores.sortWeight(b(""))).isEqualTo(0.0);
        assertThat(Scores.sortWeight(b(" \t\n\u000b\f\r-2"))).isEqualTo(-2.0);
        assertThat(Scores.sortWeight(b("3\u0000junk"))).isEqualTo(3.0);
        assertThat(Scores.sortWeight(b("0x1p-1074"))).isEqualTo(Double.MIN_VALUE);
        assertThat(Scores.sortWeight(b("-0x3p-1074"))).isEqualTo(-3 * Double.MIN_VALUE);
        assertThat(Scores.sortWeight(b("2.2250738585072014e-308"))).isEqualTo(Double.MIN_NORMAL);
        assertThat(Scores.sortWeight(b("0e-400"))).isEqualTo(0.0);
        assertThat(Scores.sortWeight(b("1.7976931348623157e308"))).isEqualTo(Double.MAX_VALUE);
        for (String bad : new String[] {"1e-310", "1e-400", "0x1.8p-1074", "2.2250738585072012e-308", "1e400",
                "0x1p1024", "1.797693134862316e308", "1 ", "   ", "nan", "x", "1e"}) {
            assertThat(Scores.sortWeight(b(bad))).as(bad).isNaN();
        }
    }
}
