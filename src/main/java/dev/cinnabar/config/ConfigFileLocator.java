package dev.cinnabar.config;

import dev.cinnabar.command.ConfigFileTarget;
import org.springframework.core.env.Environment;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * Finds the configuration file the operator controls: the first existing {@code .yml}, {@code .yaml} or
 * {@code .properties} file named by {@code spring.config.additional-location}, then by
 * {@code spring.config.location} (for a directory, its {@code application.yml}). The packaged
 * application.yml and the working directory's defaults are not the operator's file to rewrite.
 */
final class ConfigFileLocator {

    private static final List<String> PROPERTIES = List.of("spring.config.additional-location", "spring.config.location");
    private static final List<String> DIRECTORY_FILES = List.of("application.yml", "application.yaml", "application.properties");

    private ConfigFileLocator() {
    }

    static ConfigFileTarget locate(Environment environment) {
        for (String property : PROPERTIES) {
            String locations = environment.getProperty(property);
            if (locations == null) {
                continue;
            }
            for (String location : locations.split("[,;]")) {
                Path file = file(location.trim());
                if (file != null) {
                    return new ConfigFileTarget(file.toAbsolutePath());
                }
            }
        }
        return ConfigFileTarget.NONE;
    }

    /** The existing configuration file a location names, or null (a classpath location, nothing there). */
    private static Path file(String location) {
        String path = strip(strip(location, "optional:"), "file:");
        if (path.isEmpty() || path.startsWith("classpath:")) {
            return null;
        }
        Path named = Path.of(path);
        if (Files.isDirectory(named)) {
            for (String name : DIRECTORY_FILES) {
                if (Files.isRegularFile(named.resolve(name))) {
                    return named.resolve(name);
                }
            }
            return null;
        }
        String lower = path.toLowerCase(Locale.ROOT);
        boolean supported = lower.endsWith(".yml") || lower.endsWith(".yaml") || lower.endsWith(".properties");
        return supported && Files.isRegularFile(named) ? named : null;
    }

    private static String strip(String text, String prefix) {
        return text.regionMatches(true, 0, prefix, 0, prefix.length()) ? text.substring(prefix.length()) : text;
    }
}
