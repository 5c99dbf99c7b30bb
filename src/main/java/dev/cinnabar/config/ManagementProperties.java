package dev.cinnabar.config;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.time.Duration;

/**
 * Cinnabar's own management settings, under {@code cinnabar.management.*}; Actuator's are Spring Boot's
 * {@code management.*}.
 *
 * @param maxCommandTime how long one command may run before the liveness probe reports the executor wedged
 */
@ConfigurationProperties("cinnabar.management")
public record ManagementProperties(@DefaultValue("30s") Duration maxCommandTime) {
}
