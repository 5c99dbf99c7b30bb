package dev.cinnabar.command;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * One argument of a command as COMMAND DOCS describes it (and {@code redis-cli} turns into hints): a
 * named value of a type, possibly introduced by a token, optional or repeated, or a group of arguments
 * ({@code oneof} alternatives or a {@code block} sequence).
 *
 * <p>Specs write them as one syntax line, parsed by {@link #parse}: {@code key value [NX|XX] [EX seconds:integer]
 * [member ...]}. Upper-case words are tokens (followed by a lower-case name or a group, they introduce it);
 * {@code [..]} is optional, {@code (..)} groups, {@code |} separates alternatives, {@code ...} repeats
 * the item before it; {@code name:type} sets a type other than {@code string} ({@code key} is a key).
 */
public record Argument(String name, String type, String token, boolean optional, boolean multiple,
                       List<Argument> arguments) {

    public Argument {
        arguments = List.copyOf(arguments);
    }

    public static List<Argument> parse(String syntax) {
        Parser parser = new Parser(tokenize(syntax));
        List<Argument> parsed = parser.alternatives(null);
        if (parser.pos != parser.tokens.size()) {
            throw new IllegalArgumentException("Unbalanced syntax: " + syntax);
        }
        return parsed;
    }

    private Argument withFlags(boolean isOptional, boolean isMultiple) {
        return new Argument(name, type, token, optional || isOptional, multiple || isMultiple, arguments);
    }

    private static List<String> tokenize(String syntax) {
        List<String> tokens = new ArrayList<>();
        String spaced = syntax.replace("[", " [ ").replace("]", " ] ").replace("(", " ( ").replace(")", " ) ")
                .replace("|", " | ").replace("...", " ... ");
        for (String word : spaced.trim().split("\\s+")) {
            if (!word.isEmpty()) {
                tokens.add(word);
            }
        }
        return tokens;
    }

    /** The value types a syntax line may name after a colon; {@code ip:port} stays a name. */
    private static final Set<String> TYPES = Set.of("string", "integer", "double", "key", "pattern", "unix-time");

    private static final class Parser {
        private final List<String> tokens;
        private int pos;

        Parser(List<String> tokens) {
            this.tokens = tokens;
        }

        private String peek() {
            return pos < tokens.size() ? tokens.get(pos) : null;
        }

        /** A sequence, or alternatives separated by {@code |} (returned as one oneof argument). */
        List<Argument> alternatives(String close) {
            List<List<Argument>> alternatives = new ArrayList<>();
            alternatives.add(sequence(close));
            while ("|".equals(peek())) {
                pos++;
                alternatives.add(sequence(close));
            }
            if (alternatives.size() == 1) {
                return alternatives.get(0);
            }
            List<Argument> choices = alternatives.stream().map(Parser::group).toList();
            return List.of(new Argument(joinedName(choices), "oneof", null, false, false, choices));
        }

        private List<Argument> sequence(String close) {
            List<Argument> items = new ArrayList<>();
            while (peek() != null && !peek().equals("|") && !peek().equals(close) && !peek().equals("]")
                    && !peek().equals(")")) {
                Argument item = item();
                if ("...".equals(peek())) {
                    pos++;
                    item = item.withFlags(false, true);
                }
                items.add(item);
            }
            return items;
        }

        private Argument item() {
            String word = tokens.get(pos++);
            if (word.equals("[") || word.equals("(")) {
                String close = word.equals("[") ? "]" : ")";
                Argument inner = group(alternatives(close));
                if (!close.equals(peek())) {
                    throw new IllegalArgumentException("Expected " + close + " at " + pos);
                }
                pos++;
                return inner.withFlags(word.equals("["), false);
            }
            if (isToken(word)) {
                String next = peek();
                if (next != null && isName(next)) {
                    pos++;
                    return value(next, word);
                }
                if ("(".equals(next)) {
                    Argument group = item();
                    return new Argument(group.name, group.type, word, group.optional, group.multiple, group.arguments);
                }
                return new Argument(word.toLowerCase(Locale.ROOT), "pure-token", word, false, false, List.of());
            }
            return value(word, null);
        }

        private static Argument value(String word, String token) {
            int colon = word.lastIndexOf(':');
            boolean typed = colon >= 0 && TYPES.contains(word.substring(colon + 1));
            String name = typed ? word.substring(0, colon) : word;
            String type = typed ? word.substring(colon + 1) : name.equals("key") ? "key" : "string";
            return new Argument(name, type, token, false, false, List.of());
        }

        private static Argument group(List<Argument> items) {
            return items.size() == 1 ? items.get(0) : new Argument(joinedName(items), "block", null, false, false, items);
        }

        private static String joinedName(List<Argument> items) {
            return String.join("_", items.stream().map(Argument::name).toList());
        }

        private static boolean isToken(String word) {
            return word.chars().anyMatch(Character::isUpperCase) && word.equals(word.toUpperCase(Locale.ROOT));
        }

        private static boolean isName(String word) {
            return Character.isLowerCase(word.charAt(0));
        }
    }
}
