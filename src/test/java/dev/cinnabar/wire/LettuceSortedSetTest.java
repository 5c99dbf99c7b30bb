package dev.cinnabar.wire;

import io.lettuce.core.Limit;
import io.lettuce.core.Range;
import io.lettuce.core.RedisClient;
import io.lettuce.core.RedisURI;
import io.lettuce.core.ScanCursor;
import io.lettuce.core.ScoredValue;
import io.lettuce.core.ScoredValueScanCursor;
import io.lettuce.core.ZAddArgs;
import io.lettuce.core.ZAggregateArgs;
import io.lettuce.core.ZPopArgs;
import io.lettuce.core.ZStoreArgs;
import io.lettuce.core.api.sync.RedisCommands;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Sorted sets through Lettuce, which speaks RESP3: doubles, nulls and [member, score] pairs must decode. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class LettuceSortedSetTest extends SharedServerTest {

    private RedisClient client;
    private RedisCommands<String, String> redis;

    @BeforeAll
    void connect() {
        client = RedisClient.create(RedisURI.create("127.0.0.1", port));
        redis = client.connect().sync();
    }

    @AfterAll
    void disconnect() {
        client.shutdown(Duration.ZERO, Duration.ofSeconds(2));
    }

    @BeforeEach
    void clean() {
        redis.del("lz:a", "lz:b", "lz:dst", "lz:big");
    }

    @Test
    void addScoreRankAndRanges() {
        assertThat(redis.zadd("lz:a", ScoredValue.just(1, "one"), ScoredValue.just(2.5, "two"), ScoredValue.just(3, "three")))
                .isEqualTo(3);
        assertThat(redis.zadd("lz:a", ZAddArgs.Builder.xx().ch(), 2, "two")).isEqualTo(1);
        assertThat(redis.zaddincr("lz:a", 0.5, "two")).isEqualTo(2.5);
        assertThat(redis.zincrby("lz:a", Double.POSITIVE_INFINITY, "inf")).isEqualTo(Double.POSITIVE_INFINITY);
        assertThat(redis.zscore("lz:a", "three")).isEqualTo(3.0);
        assertThat(redis.zscore("lz:a", "none")).isNull();
        assertThat(redis.zmscore("lz:a", "one", "none")).containsExactly(1.0, null);
        assertThat(redis.zrank("lz:a", "three")).isEqualTo(2);
        assertThat(redis.zrevrank("lz:a", "three")).isEqualTo(1);
        assertThat(redis.zcard("lz:a")).isEqualTo(4);
        assertThat(redis.zcount("lz:a", Range.create(1.0, 3.0))).isEqualTo(3);
        assertThat(redis.zrange("lz:a", 0, -1)).containsExactly("one", "two", "three", "inf");
        assertThat(redis.zrangeWithScores("lz:a", 0, 1))
                .containsExactly(ScoredValue.just(1, "one"), ScoredValue.just(2.5, "two"));
        assertThat(redis.zrangebyscoreWithScores("lz:a", Range.create(2.0, Double.POSITIVE_INFINITY), Limit.create(1, 5)))
                .containsExactly(ScoredValue.just(3, "three"), ScoredValue.just(Double.POSITIVE_INFINITY, "inf"));
        assertThat(redis.zrevrangeWithScores("lz:a", 0, 0)).containsExactly(ScoredValue.just(Double.POSITIVE_INFINITY, "inf"));
        assertThat(redis.zrangestore("lz:dst", "lz:a", Range.create(1L, 2L))).isEqualTo(2);
        assertThat(redis.zrange("lz:dst", 0, -1)).containsExactly("two", "three");
        assertThat(redis.zrem("lz:a", "inf", "none")).isEqualTo(1);
    }

    @Test
    void lexRangesPopsAndSetOperations() {
        redis.zadd("lz:a", 0.0, "a", 0.0, "b", 0.0, "c", 0.0, "d");
        assertThat(redis.zrangebylex("lz:a", Range.create("b", "c"))).containsExactly("b", "c");
        assertThat(redis.zlexcount("lz:a", Range.from(Range.Boundary.excluding("a"), Range.Boundary.unbounded()))).isEqualTo(3);
        redis.zadd("lz:b", 5.0, "c", 6.0, "d", 7.0, "e");
        assertThat(redis.zunion("lz:a", "lz:b")).containsExactly("a", "b", "c", "d", "e");
        assertThat(redis.zinterWithScores(ZAggregateArgs.Builder.max(), "lz:a", "lz:b"))
                .containsExactly(ScoredValue.just(5, "c"), ScoredValue.just(6, "d"));
        assertThat(redis.zdiff("lz:a", "lz:b")).containsExactly("a", "b");
        assertThat(redis.zintercard("lz:a", "lz:b")).isEqualTo(2);
        assertThat(redis.zunionstore("lz:dst", ZStoreArgs.Builder.weights(1, 10), "lz:a", "lz:b")).isEqualTo(5);
        assertThat(redis.zscore("lz:dst", "e")).isEqualTo(70.0);
        assertThat(redis.zpopmin("lz:a")).isEqualTo(ScoredValue.just(0, "a"));
        assertThat(redis.zpopmax("lz:a", 2)).containsExactly(ScoredValue.just(0, "d"), ScoredValue.just(0, "c"));
        assertThat(redis.zmpop(ZPopArgs.Builder.max(), "lz:none", "lz:b").getValue()).isEqualTo(ScoredValue.just(7, "e"));
        assertThat(redis.zremrangebyscore("lz:b", Range.create(5.0, 6.0))).isEqualTo(2);
        assertThat(redis.exists("lz:b")).isZero();
    }

    @Test
    void aLargeSetRandomMembersAndScan() {
        for (int i = 0; i < 300; i++) {
            redis.zadd("lz:big", i, "m" + i);
        }
        assertThat(redis.objectEncoding("lz:big")).isEqualTo("skiplist");
        List<ScoredValue<String>> random = redis.zrandmemberWithScores("lz:big", 5);
        assertThat(random).hasSize(5).allSatisfy(v -> assertThat(v.getValue()).isEqualTo("m" + (int) v.getScore()));
        int seen = 0;
        ScanCursor cursor = ScanCursor.INITIAL;
        do {
            ScoredValueScanCursor<String> page = redis.zscan("lz:big", cursor);
            seen += page.getValues().size();
            cursor = page;
        } while (!cursor.isFinished());
        assertThat(seen).isEqualTo(300);
        assertThat(redis.zremrangebyrank("lz:big", 0, 99)).isEqualTo(100);
        assertThat(redis.zrange("lz:big", 0, 0)).containsExactly("m100");
    }
}
