package dev.cinnabar;

import org.junit.jupiter.api.Test;
import java.util.Properties;
import static org.assertj.core.api.Assertions.assertThat;

class NettyDefaultsTest {

    @Test
    void leakDetectionIsOffUnlessGiven() {
        Properties none = new Properties();
        NettyDefaults.apply(none);
        assertThat(none.getProperty(NettyDefaults.LEAK_DETECTION)).isEqualTo("disabled");

        Properties given = new Properties();
        given.setProperty(NettyDefaults.LEAK_DETECTION, "paranoid");
        NettyDefaults.apply(given);
        assertThat(given.getProperty(NettyDefaults.LEAK_DETECTION)).isEqualTo("paranoid");
    }

    @Test
    void unsafeIsUsedWhenTheJvmAllowsIt() {
        Properties allowed = new Properties();
        allowed.setProperty(NettyDefaults.UNSAFE_MEMORY_ACCESS, "allow");
        NettyDefaults.apply(allowed);
        assertThat(allowed.getProperty(NettyDefaults.NO_UNSAFE)).isEqualTo("false");
    }

    @Test
    void unsafeIsLeftToNettyOtherwise() {
        Properties unset = new Properties();
        NettyDefaults.apply(unset);
        assertThat(unset.getProperty(NettyDefaults.NO_UNSAFE)).isNull();

        Properties warned = new Properties();
        warned.setProperty(NettyDefaults.UNSAFE_MEMORY_ACCESS, "warn");
        NettyDefaults.apply(warned);
        assertThat(warned.getProperty(NettyDefaults.NO_UNSAFE)).isNull();
    }

    @Test
    void anExplicitChoiceWins() {
        Properties explicit = new Properties();
        explicit.setProperty(NettyDefaults.UNSAFE_MEMORY_ACCESS, "allow");
        explicit.setProperty(NettyDefaults.NO_UNSAFE, "true");
        NettyDefaults.apply(explicit);
        assertThat(explicit.getProperty(NettyDefaults.NO_UNSAFE)).isEqualTo("true");
    }
}
