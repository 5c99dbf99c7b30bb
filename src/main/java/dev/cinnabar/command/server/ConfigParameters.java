package dev.cinnabar.command.server;

import dev.cinnabar.command.Settings;
import dev.cinnabar.resp.Numbers;
import org.springframework.stereotype.Component;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * The parameters CONFIG GET and CONFIG SET know, with redis.conf's names. Those Cinnabar cannot change
 * while running (or at all, such as persistence) are reported truthfully and refused as immutable.
 */
@Component
final class ConfigParameters {

    /** One parameter: how to read it and, for live settings, how to check and apply a new value. */
    static final class Parameter {
        private final String name;
        private final Supplier<String> getter;
        private final Function<String, Object> parser;
        private final Consumer<Object> setter;
        private final boolean alias;

        private Parameter(String name, Supplier<String> getter, Function<String, Object> parser, Consumer<Object> setter) {
            this(name, getter, parser, setter, false);
        }

        private Parameter(String name, Supplier<String> getter, Function<String, Object> parser, Consumer<Object> setter,
                          boolean alias) {
            this.name = name;
            this.getter = getter;
            this.parser = parser;
            this.setter = setter;
            this.alias = alias;
        }

        /** The same setting under its pre-7.0 name (ziplist for listpack), as Redis keeps both. */
        Parameter alias(String oldName) {
            return new Parameter(oldName, getter, parser, setter, true);
        }

        /** Whether this is an old name of another parameter; CONFIG REWRITE writes only the current name. */
        boolean isAlias() {
            return alias;
        }

        String name() {
            return name;
        }

        String value() {
            return getter.get();
        }

        boolean mutable() {
            return setter != null;
        }

        /** The parsed value, or an {@link InvalidValue} with the reason Redis gives. */
        Object parse(String text) {
            return parser.apply(text);
        }

        void apply(Object value) {
            setter.accept(value);
        }
    }

    /** A value CONFIG SET cannot accept; the message is Redis's reason. */
    static final class InvalidValue extends RuntimeException {
        InvalidValue(String reason) {
            super(reason, null, false, false);
        }
    }

    private final List<Parameter> parameters;

    ConfigParameters(Settings settings) {
        Parameter hashEntries = new Parameter("hash-max-listpack-entries", () -> String.valueOf(settings.hashMaxListpackEntries()),
                text -> integer(text, 0, Long.MAX_VALUE), value -> settings.hashMaxListpackEntries((Long) value));
        Parameter hashValue = new Parameter("hash-max-listpack-value", () -> String.valueOf(settings.hashMaxListpackValue()),
                text -> memory(text, 0, Long.MAX_VALUE), value -> settings.hashMaxListpackValue((Long) value));
        Parameter listSize = new Parameter("list-max-listpack-size", () -> String.valueOf(settings.listMaxListpackSize()),
                text -> integer(text, Integer.MIN_VALUE, Integer.MAX_VALUE),
                value -> settings.listMaxListpackSize(((Long) value).intValue()));
        Parameter zsetEntries = new Parameter("zset-max-listpack-entries", () -> String.valueOf(settings.zsetMaxListpackEntries()),
                text -> integer(text, 0, Long.MAX_VALUE), value -> settings.zsetMaxListpackEntries((Long) value));
        Parameter zsetValue = new Parameter("zset-max-listpack-value", () -> String.valueOf(settings.zsetMaxListpackValue()),
                text -> memory(text, 0, Long.MAX_VALUE), value -> settings.zsetMaxListpackValue((Long) value));
        this.parameters = List.of(
                fixed("port", () -> String.valueOf(settings.port())),
                fixed("bind", settings::bind),
                fixed("databases", () -> String.valueOf(settings.databases())),
                new Parameter("requirepass", settings::requirepass, text -> text,
                        value -> settings.requirepass((String) value)),
                new Parameter("maxclients", () -> String.valueOf(settings.maxclients()),
                        text -> integer(text, 1, 4294967295L),
                        value -> settings.maxclients((int) Math.min((Long) value, Integer.MAX_VALUE))),
                new Parameter("timeout", () -> String.valueOf(settings.timeout()),
                        text -> integer(text, 0, Integer.MAX_VALUE),
                        value -> settings.timeout(((Long) value).intValue())),
                new Parameter("proto-max-bulk-len", () -> String.valueOf(settings.protoMaxBulkLen()),
                        text -> memory(text, 1024 * 1024, Long.MAX_VALUE),
                        value -> settings.protoMaxBulkLen((Long) value)),
                new Parameter("latency-tracking", () -> settings.latencyTracking() ? "yes" : "no",
                        ConfigParameters::yesNo, value -> settings.latencyTracking((Boolean) value)),
                hashEntries, hashEntries.alias("hash-max-ziplist-entries"),
                hashValue, hashValue.alias("hash-max-ziplist-value"),
                listSize, listSize.alias("list-max-ziplist-size"),
                new Parameter("set-max-intset-entries", () -> String.valueOf(settings.setMaxIntsetEntries()),
                        text -> integer(text, 0, Long.MAX_VALUE), value -> settings.setMaxIntsetEntries((Long) value)),
                zsetEntries, zsetEntries.alias("zset-max-ziplist-entries"),
                zsetValue, zsetValue.alias("zset-max-ziplist-value"),
                fixed("save", () -> ""),
                fixed("appendonly", () -> "no"),
                fixed("maxmemory", () -> "0"),
                fixed("maxmemory-policy", () -> "noeviction"),
                fixed("cluster-enabled", () -> "no"));
    }

    List<Parameter> all() {
        return parameters;
    }

    /** The parameter of that name in any case, or null. */
    Parameter named(String name) {
        for (Parameter p : parameters) {
            if (p.name.equalsIgnoreCase(name)) {
                return p;
            }
        }
        return null;
    }

    private static Parameter fixed(String name, Supplier<String> getter) {
        return new Parameter(name, getter, null, null);
    }

    private static Long integer(String text, long min, long max) {
        long invalid = Long.MIN_VALUE;
        long value = Numbers.parseLong(text.getBytes(StandardCharsets.UTF_8), invalid);
        if (value == invalid) {
            throw new InvalidValue("argument couldn't be parsed into an integer");
        }
        return inRange(value, min, max);
    }

    /** Redis's memtoull: digits, then an optional unit b, k, kb, m, mb, g or gb (k is 1000, kb 1024). */
    private static Boolean yesNo(String text) {
        if (text.equalsIgnoreCase("yes")) {
            return true;
        }
        if (text.equalsIgnoreCase("no")) {
            return false;
        }
        throw new InvalidValue("argument must be 'yes' or 'no'");
    }

    private static Long memory(String text, long min, long max) {
        int digits = 0;
        while (digits < text.length() && Character.isDigit(text.charAt(digits))) {
            digits++;
        }
        long multiplier = switch (text.substring(digits).toLowerCase(Locale.ROOT)) {
            case "", "b" -> 1;
            case "k" -> 1000;
            case "kb" -> 1024;
            case "m" -> 1000L * 1000;
            case "mb" -> 1024L * 1024;
            case "g" -> 1000L * 1000 * 1000;
            case "gb" -> 1024L * 1024 * 1024;
            default -> throw new InvalidValue("argument must be a memory value");
        };
        long number;
        try {
            number = digits == 0 ? 0 : Long.parseLong(text.substring(0, digits));
        } catch (NumberFormatException e) {
            throw new InvalidValue("argument must be a memory value");
        }
        return inRange(number * multiplier, min, max);
    }

    private static Long inRange(long value, long min, long max) {
        if (value < min || value > max) {
            throw new InvalidValue("argument must be between " + min + " and " + max + " inclusive");
        }
        return value;
    }
}
