package dev.cinnabar.command.server;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Writes {@code redis.*} values back into a YAML or .properties file, leaving every other line (comments
 * included) as it was: existing entries are rewritten in place, missing ones appended. The new text goes
 * to a temporary file beside the original, which then replaces it atomically, as Redis does.
 */
final class ConfigFileRewriter {

    private static final Pattern TOP_LEVEL_REDIS = Pattern.compile("redis:\\s*(#.*)?");
    private static final Pattern YAML_ENTRY = Pattern.compile("(\\s+)([\\w.-]+)(\\s*:\\s*)(.*?)(\\s+#.*)?");
    private static final Pattern PROPERTY_NAME = Pattern.compile("\\s*([^=:\\s]+)\\s*[=:\\s].*|\\s*([^=:\\s]+)\\s*");
    private static final Pattern PLAIN_YAML = Pattern.compile("0|[1-9][0-9]*");

    private ConfigFileRewriter() {
    }

    /** Rewrites {@code file} so that each {@code redis.<name>} has the given value, in the map's order. */
    static void rewrite(Path file, Map<String, String> values) throws IOException {
        boolean properties = file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".properties");
        // Spring reads .properties files as ISO-8859-1 (with \\u escapes beyond it) and YAML as UTF-8.
        Charset charset = properties ? StandardCharsets.ISO_8859_1 : StandardCharsets.UTF_8;
        List<String> lines = new ArrayList<>(Files.readAllLines(file, charset));
        if (properties) {
            rewriteProperties(lines, values);
        } else {
            rewriteYaml(lines, values);
        }
        replace(file, String.join("\n", lines) + "\n", charset);
    }

    private static void rewriteYaml(List<String> lines, Map<String, String> values) {
        Map<String, String> missing = new LinkedHashMap<>(values);
        int start = -1;
        for (int i = 0; i < lines.size() && start < 0; i++) {
            if (TOP_LEVEL_REDIS.matcher(lines.get(i)).matches()) {
                start = i;
            }
        }
        if (start < 0) {
            if (!lines.isEmpty() && !lines.get(lines.size() - 1).isBlank()) {
                lines.add("");
            }
            lines.add("redis:");
            missing.forEach((name, value) -> lines.add("  " + name + ": " + yaml(value)));
            return;
        }
        String indent = null;
        int last = start;
        for (int i = start + 1; i < lines.size(); i++) {
            String line = lines.get(i);
            String trimmed = line.strip();
            if (trimmed.isEmpty() || trimmed.startsWith("#")) {
                continue;
            }
            if (!Character.isWhitespace(line.charAt(0))) {
                break;
            }
            last = i;
            Matcher entry = YAML_ENTRY.matcher(line);
            if (!entry.matches()) {
                continue;
            }
            if (indent == null) {
                indent = entry.group(1);
            }
            String name = entry.group(2);
            if (entry.group(1).equals(indent) && missing.containsKey(name)) {
                String comment = entry.group(5) == null ? "" : entry.group(5);
                lines.set(i, indent + name + entry.group(3) + yaml(missing.remove(name)) + comment);
            }
        }
        String childIndent = indent == null ? "  " : indent;
        int at = last + 1;
        for (Map.Entry<String, String> e : missing.entrySet()) {
            lines.add(at++, childIndent + e.getKey() + ": " + yaml(e.getValue()));
        }
    }

    private static void rewriteProperties(List<String> lines, Map<String, String> values) {
        Map<String, String> missing = new LinkedHashMap<>(values);
        for (int i = 0; i < lines.size(); i++) {
            Matcher m = PROPERTY_NAME.matcher(lines.get(i));
            if (lines.get(i).strip().startsWith("#") || lines.get(i).strip().startsWith("!") || !m.matches()) {
                continue;
            }
            String key = m.group(1) != null ? m.group(1) : m.group(2);
            if (key.startsWith("redis.") && missing.containsKey(key.substring(6))) {
                String name = key.substring(6);
                lines.set(i, "redis." + name + "=" + property(missing.remove(name)));
            }
        }
        missing.forEach((name, value) -> lines.add("redis." + name + "=" + property(value)));
    }

    /** Numbers stay plain; anything else is double-quoted so YAML cannot read it as a boolean, octal or null. */
    private static String yaml(String value) {
        if (PLAIN_YAML.matcher(value).matches()) {
            return value;
        }
        StringBuilder quoted = new StringBuilder("\"");
        value.codePoints().forEach(c -> {
            switch (c) {
                case '"' -> quoted.append("\\\"");
                case '\\' -> quoted.append("\\\\");
                case '\n' -> quoted.append("\\n");
                case '\r' -> quoted.append("\\r");
                case '\t' -> quoted.append("\\t");
                default -> {
                    if (c < 0x20 || c == 0x7f) {
                        quoted.append(String.format("\\x%02x", c));
                    } else {
                        quoted.appendCodePoint(c);
                    }
                }
            }
        });
        return quoted.append('"').toString();
    }

    private static String property(String value) {
        StringBuilder escaped = new StringBuilder();
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '\\' -> escaped.append("\\\\");
                case '\n' -> escaped.append("\\n");
                case '\r' -> escaped.append("\\r");
                case '\t' -> escaped.append("\\t");
                case ' ' -> escaped.append(i == 0 ? "\\ " : " ");
                default -> {
                    if (c < 0x20 || c > 0xff) {
                        escaped.append(String.format("\\u%04x", (int) c));
                    } else {
                        escaped.append(c);
                    }
                }
            }
        }
        return escaped.toString();
    }

    private static void replace(Path file, String text, Charset charset) throws IOException {
        Path target = file.toRealPath();
        Path temp = Files.createTempFile(target.getParent(), "temp-", ".conf");
        try {
            Files.writeString(temp, text, charset);
            PosixFileAttributeView posix = Files.getFileAttributeView(target, PosixFileAttributeView.class);
            if (posix != null) {
                Files.setPosixFilePermissions(temp, posix.readAttributes().permissions());
            }
            Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } finally {
            Files.deleteIfExists(temp);
        }
    }
}
