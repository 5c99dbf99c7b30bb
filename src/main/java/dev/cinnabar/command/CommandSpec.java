package dev.cinnabar.command;

import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * What the command table knows of a command without running it, in Redis's terms: the name
 * ({@code container|sub} for subcommands), the arity counting the command name itself (negative means
 * "at least"), flags, the first/last/step key positions (0 when it takes no key), the ACL categories
 * named explicitly (those implied by the flags are added by {@link #aclCategories()}), the tips
 * COMMAND INFO lists, and its documentation, arguments included.
 */
public record CommandSpec(String name, int arity, Set<Flag> flags, int firstKey, int lastKey, int step,
                          Group group, Set<AclCategory> categories, List<String> tips, List<Argument> arguments,
                          String since, String complexity, String summary) {

    public CommandSpec {
        name = name.toLowerCase(Locale.ROOT);
        flags = flags.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(flags));
        categories = categories.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(categories));
        tips = List.copyOf(tips);
        arguments = List.copyOf(arguments);
    }

    /** Starts a spec: {@code CommandSpec.of("get", 2, Group.STRING).flags(READONLY, FAST).keys(1, 1, 1)...}. */
    public static Builder of(String name, int arity, Group group) {
        return new Builder(name, arity, group);
    }

    public boolean has(Flag flag) {
        return flags.contains(flag);
    }

    /** The container's name for a subcommand, or null. */
    public String container() {
        int bar = name.indexOf('|');
        return bar < 0 ? null : name.substring(0, bar);
    }

    /** The name below the container, or the whole name. */
    public String shortName() {
        return name.substring(name.indexOf('|') + 1);
    }

    public boolean arityAccepts(int argc) {
        return arity > 0 ? argc == arity : argc >= -arity;
    }

    /**
     * The explicit categories plus those Redis implies from the flags, in Redis's order: write commands
     * are @write, read-only ones @read, admin ones @admin and @dangerous, and every command is either
     * @fast or @slow.
     */
    public EnumSet<AclCategory> aclCategories() {
        EnumSet<AclCategory> all = EnumSet.noneOf(AclCategory.class);
        all.addAll(categories);
        if (has(Flag.WRITE)) {
            all.add(AclCategory.WRITE);
        }
        if (has(Flag.READONLY)) {
            all.add(AclCategory.READ);
        }
        if (has(Flag.ADMIN)) {
            all.add(AclCategory.ADMIN);
            all.add(AclCategory.DANGEROUS);
        }
        if (has(Flag.PUBSUB)) {
            all.add(AclCategory.PUBSUB);
        }
        if (has(Flag.FAST)) {
            all.add(AclCategory.FAST);
        }
        if (has(Flag.BLOCKING)) {
            all.add(AclCategory.BLOCKING);
        }
        if (!all.contains(AclCategory.FAST)) {
            all.add(AclCategory.SLOW);
        }
        return all;
    }

    /** Builds specs readably; used once per command at start-up. */
    public static final class Builder {
        private final String name;
        private final int arity;
        private final Group group;
        private final EnumSet<Flag> flags = EnumSet.noneOf(Flag.class);
        private final EnumSet<AclCategory> categories = EnumSet.noneOf(AclCategory.class);
        private List<String> tips = List.of();
        private List<Argument> arguments = List.of();
        private int first;
        private int last;
        private int step;
        private String since = "1.0.0";
        private String complexity;

        private Builder(String name, int arity, Group group) {
            this.name = name;
            this.arity = arity;
            this.group = group;
            AclCategory groupCategory = group.aclCategory() == null ? null : AclCategory.named(group.aclCategory().substring(1));
            if (groupCategory != null) {
                categories.add(groupCategory);
            }
        }

        public Builder flags(Flag... more) {
            flags.addAll(Set.of(more));
            return this;
        }

        /** Replaces the group's category with these, for commands Redis files elsewhere (COMMAND is @connection). */
        public Builder categories(AclCategory... explicit) {
            categories.clear();
            categories.addAll(Set.of(explicit));
            return this;
        }

        /** Hints for clients and proxies, such as {@code nondeterministic_output}. */
        public Builder tips(String... hints) {
            this.tips = List.of(hints);
            return this;
        }

        /** The arguments after the command name, in {@link Argument#parse}'s syntax: {@code "key value [NX|XX]"}. */
        public Builder arguments(String syntax) {
            this.arguments = Argument.parse(syntax);
            return this;
        }

        public Builder keys(int firstKey, int lastKey, int keyStep) {
            this.first = firstKey;
            this.last = lastKey;
            this.step = keyStep;
            return this;
        }

        public Builder since(String version) {
            this.since = version;
            return this;
        }

        public Builder complexity(String bigO) {
            this.complexity = bigO;
            return this;
        }

        public CommandSpec summary(String summary) {
            return new CommandSpec(name, arity, flags, first, last, step, group, categories, tips, arguments,
                    since, complexity, summary);
        }
    }
}
