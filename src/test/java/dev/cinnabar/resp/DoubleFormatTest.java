package dev.cinnabar.resp;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/** Expected texts are C's {@code printf("%.17g")} of the same doubles. */
class DoubleFormatTest {

    @ParameterizedTest
    @CsvSource({
            "1.1, 1.1000000000000001",
            "1e17, 1e+17",
            "0.0001, 0.0001",
            "0.00001, 1.0000000000000001e-05",
            "3.0, 3",
            "100.0, 100",
            "-1.5, -1.5",
            "0.5, 0.5",
            "0.1, 0.10000000000000001",
            "0.30000000000000004, 0.30000000000000004",
            "12345.678, 12345.678",
            "1e16, 10000000000000000",
            "9.999999999999998e16, 99999999999999984",
            "1.2345678901234568e17, 1.2345678901234568e+17",
            "9.999999999999999e-05, 9.9999999999999991e-05",
            "1.23e-05, 1.2300000000000001e-05",
            "9.9999e-05, 9.9999000000000003e-05",
            "2.5e-300, 2.5e-300",
            "4.9e-324, 4.9406564584124654e-324",
            "1.7976931348623157e308, 1.7976931348623157e+308",
            "1e22, 1e+22",
            "9.223372036854775807e18, 9.2233720368547758e+18",
            "-9.223372036854775807e18, -9.2233720368547758e+18",
            "0.3333333333333333, 0.33333333333333331",
            "-42.0, -42",
            "9007199254740993.0, 9007199254740992",
            "7.2057594037927936e16, 72057594037927936",
            "-9.999999999999998e16, -99999999999999984",
            "99999999999999999.0, 1e+17",
    })
    void formatsLikePercentPoint17g(double value, String expected) {
        assertThat(DoubleFormat.format(value)).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource({"Infinity, inf", "-Infinity, -inf", "NaN, nan", "0.0, 0", "-0.0, -0"})
    void specialValues(double value, String expected) {
        assertThat(DoubleFormat.format(value)).isEqualTo(expected);
    }
}
