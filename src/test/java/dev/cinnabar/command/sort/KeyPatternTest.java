package dev.cinnabar.command.sort;

import dev.cinnabar.command.CommandHarness;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import static dev.cinnabar.command.RespText.NIL;
import static dev.cinnabar.command.RespText.bulk;
import static org.assertj.core.api.Assertions.assertThat;

/** How SORT's patterns name keys: the first star, the arrow after it, and C-string ends at NUL bytes. */
class KeyPatternTest {

    private final CommandHarness redis = new CommandHarness();

    @AfterEach
    void close() {
        redis.close();
    }

    private String get(String pattern) {
        return redis.exec("SORT", "l", "GET", pattern);
    }

    @Test
    void theFirstStarIsReplacedAndAnArrowAfterItNamesAField() {
        redis.exec("RPUSH", "l", "1");
        redis.exec("MSET", "a1*", "star", "k->1", "plain", "y_1->", "arrow");
        redis.exec("HSET", "x_1", "a->b", "deep", "a", "shallow");
        redis.exec("HSET", "k->1h", "f", "field");
        assertThat(get("a**")).isEqualTo("*1\r\n" + bulk("star"));
        assertThat(get("k->*")).isEqualTo("*1\r\n" + bulk("plain"));
        assertThat(get("k->*h->f")).isEqualTo("*1\r\n" + bulk("field"));
        assertThat(get("x_*->a->b")).isEqualTo("*1\r\n" + bulk("deep"));
        assertThat(get("y_*->")).isEqualTo("*1\r\n" + bulk("arrow"));
        assertThat(get("#")).isEqualTo("*1\r\n" + bulk("1"));
        assertThat(get("#\u0000junk")).isEqualTo("*1\r\n" + bulk("1"));
        assertThat(get("##")).isEqualTo("*1\r\n" + NIL);
    }

    @Test
    void aNulEndsTheSearchButNotTheKeyOrField() {
        redis.exec("RPUSH", "l", "1");
        redis.exec("SET", "z_1\u0000x", "tail");
        redis.exec("SET", "z_", "head");
        redis.exec("HSET", "h_1", "f\u0000g", "nul");
        assertThat(get("z_*\u0000x")).isEqualTo("*1\r\n" + bulk("tail"));
        assertThat(get("z_\u0000*")).isEqualTo("*1\r\n" + NIL);
        assertThat(get("h_*->f\u0000g")).isEqualTo("*1\r\n" + bulk("nul"));
        assertThat(get("h_*-\u0000>f")).isEqualTo("*1\r\n" + NIL);
    }

    @Test
    void keysOfTheWrongTypeGiveNothing() {
        redis.exec("RPUSH", "l", "1");
        redis.exec("HSET", "h_1", "f", "v");
        redis.exec("SET", "s_1", "v");
        assertThat(get("h_*")).isEqualTo("*1\r\n" + NIL);
        assertThat(get("s_*->f")).isEqualTo("*1\r\n" + NIL);
        assertThat(get("l")).isEqualTo("*1\r\n" + NIL);
    }
}
