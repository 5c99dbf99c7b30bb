package dev.cinnabar.command;

import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;

/**
 * What the command table knows of a command without running it, in Redis's terms: the name
 * ({@code container|sub} for subcommands), the arity counting the command name itself (negative means
 * "at least"), flags, the first/last/step key positions (0 when it takes no key; a negative last counts
 * from the end), and its documentation.
 */
public record CommandSpec(String name, int arity, Set<Flag> flags, int firstKey, int lastKey, int step,
                          Group group, String since, String summary) {

    public CommandSpec {
        name = name.toLowerCase(Locale.ROOT);
        flags = flags.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(flags));
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

    /** Builds specs readably; used once per command at start-up. */
    public static final class Builder {
        private final String name;
        private final int arity;
        private final Group group;
        private final EnumSet<Flag> flags = EnumSet.noneOf(Flag.class);
        private int first;
        private int last;
        private int step;
        private String since = "1.0.0";

        private Builder(String name, int arity, Group group) {
            this.name = name;
            this.arity = arity;
            this.group = group;
        }

        public Builder flags(Flag... more) {
            flags.addAll(Set.of(more));
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

        public CommandSpec summary(String summary) {
            return new CommandSpec(name, arity, flags, first, last, step, group, since, summary);
        }
    }
}
