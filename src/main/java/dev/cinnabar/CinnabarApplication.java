package dev.cinnabar;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/** Cinnabar: a Redis-compatible in-memory data server. */
@SpringBootApplication
@ConfigurationPropertiesScan
public class CinnabarApplication {

    public static void main(String[] args) {
        NettyDefaults.apply(System.getProperties());
        SpringApplication.run(CinnabarApplication.class, args);
    }
}
