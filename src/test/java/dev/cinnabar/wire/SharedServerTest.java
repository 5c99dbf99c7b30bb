package dev.cinnabar.wire;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * Base of the wire tests that are happy with default settings: they all share one Cinnabar started on a
 * free port (Spring caches the context across test classes with the same configuration).
 */
@SpringBootTest(properties = "redis.port=0")
public abstract class SharedServerTest {

    @Value("${local.redis.port}")
    protected int port;
}
