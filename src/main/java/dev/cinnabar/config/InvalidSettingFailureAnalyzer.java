package dev.cinnabar.config;

import org.springframework.boot.context.properties.bind.BindException;
import org.springframework.boot.context.properties.source.ConfigurationProperty;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.boot.diagnostics.FailureAnalyzer;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.core.ResolvableType;
import org.springframework.util.unit.DataSize;

import java.time.Duration;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * Turns a bad setting into the one line an operator needs: which setting, the value given, and what it
 * accepts, instead of a stack trace. It covers the values Cinnabar rejects itself
 * ({@link InvalidSettingException}) and those that do not even convert to the setting's type, such as
 * {@code redis.port=abc}, for Cinnabar's own settings.
 */
@Order(Ordered.HIGHEST_PRECEDENCE)
final class InvalidSettingFailureAnalyzer implements FailureAnalyzer {

    private static final String ACTION = "Correct the setting in application.yml, on the command line (--name=value) "
            + "or in the environment (NAME in upper case, dots and dashes as underscores), then start again.";

    @Override
    public FailureAnalysis analyze(Throwable failure) {
        BindException unconvertible = null;
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof InvalidSettingException invalid) {
                return new FailureAnalysis(invalid.getMessage(), ACTION, invalid);
            }
            if (t instanceof BindException bind && bind.getProperty() != null && isOurs(bind.getProperty())) {
                unconvertible = bind;
            }
        }
        if (unconvertible == null) {
            return null;
        }
        ConfigurationProperty property = unconvertible.getProperty();
        String message = new InvalidSettingException(property.getName().toString(), property.getValue(),
                accepted(unconvertible.getTarget().getType())).getMessage();
        return new FailureAnalysis(message, ACTION, unconvertible);
    }

    private static boolean isOurs(ConfigurationProperty property) {
        String name = property.getName().toString();
        return name.startsWith("redis.") || name.startsWith("cinnabar.");
    }

    private static String accepted(ResolvableType type) {
        Class<?> raw = type.resolve(Object.class);
        if (raw == int.class || raw == Integer.class || raw == long.class || raw == Long.class) {
            return "an integer";
        }
        if (raw == boolean.class || raw == Boolean.class) {
            return "yes or no";
        }
        if (raw == DataSize.class) {
            return "a size such as 512mb";
        }
        if (raw == Duration.class) {
            return "a duration such as 30s or 500ms";
        }
        if (raw.isEnum()) {
            return "one of " + Arrays.stream(raw.getEnumConstants())
                    .map(c -> c.toString().toLowerCase(Locale.ROOT)).collect(Collectors.joining(", "));
        }
        return "a " + raw.getSimpleName();
    }
}
