package dev.cinnabar;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/** Cinnabar: a Redis-compatible in-memory data server. */
@SpringBootApplication
@ConfigurationPropertiesScan
public class CinnabarApplication {

    private static final String LEAK_DETECTION = "io.netty.leakDetection.level";

    public static void main(String[] args) {
        // Netty tracks one buffer in 128 for leaks, taking a stack trace at every hand-over: 2% of the event
        // loop's CPU in a profile of GET. The server turns it off unless asked for; tests keep Netty's default.
        if (System.getProperty(LEAK_DETECTION) == null) {
            System.setProperty(LEAK_DETECTION, "disabled");
        }
        SpringApplication.run(CinnabarApplication.class, args);
    }
}
