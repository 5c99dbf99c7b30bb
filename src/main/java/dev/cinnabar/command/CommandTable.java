package dev.cinnabar.command;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * Every command by name, built once from the command beans. A duplicate name fails start-up. Commands
 * named {@code container|sub} are grouped under their container: a synthesized entry (CLIENT, CONFIG, ...)
 * whose own spec is Redis's (arity -2, no flags, only @slow), or a command of that name that also runs
 * without a subcommand (COMMAND).
 */
public final class CommandTable {

    private final Map<String, Entry> byName;
    private final NameIndex<Entry> index;

    public CommandTable(Collection<? extends Command> commands) {
        Map<String, Command> top = new TreeMap<>();
        Map<String, Map<String, Command>> subs = new TreeMap<>();
        for (Command command : commands) {
            CommandSpec spec = command.spec();
            String container = spec.container();
            Map<String, Command> target = container == null ? top : subs.computeIfAbsent(container, k -> new TreeMap<>());
            if (target.putIfAbsent(spec.shortName(), command) != null) {
                throw new IllegalStateException("Two commands are named '" + spec.name() + "'");
            }
        }
        Map<String, Entry> all = new LinkedHashMap<>();
        top.forEach((name, command) -> all.put(name, new Entry(command.spec(), command, Map.of())));
        subs.forEach((container, children) -> {
            Map<String, Entry> entries = new LinkedHashMap<>();
            children.forEach((name, command) -> entries.put(name, new Entry(command.spec(), command, Map.of())));
            Command own = top.get(container);
            CommandSpec spec = own != null ? own.spec() : containerSpec(container, children.values().iterator().next());
            all.put(container, new Entry(spec, own, Collections.unmodifiableMap(entries)));
        });
        this.byName = Collections.unmodifiableMap(all);
        this.index = new NameIndex<>(all);
    }

    private static CommandSpec containerSpec(String container, Command child) {
        return CommandSpec.of(container, -2, child.spec().group()).categories()
                .summary("A container for " + container + " commands");
    }

    /** The entry for a command name in any case, or null. */
    public Entry lookup(byte[] name) {
        return index.get(name);
    }

    public Entry lookup(String name) {
        return byName.get(name.toLowerCase(Locale.ROOT));
    }

    public Collection<Entry> entries() {
        return byName.values();
    }

    /** Every entry, containers' subcommands included, for INFO commandstats. */
    public List<Entry> allEntries() {
        List<Entry> flat = new ArrayList<>();
        for (Entry e : byName.values()) {
            flat.add(e);
            flat.addAll(e.subcommands().values());
        }
        return flat;
    }

    public int size() {
        return byName.size();
    }

    static String text(byte[] bytes) {
        return new String(bytes, StandardCharsets.UTF_8);
    }

    /** A command (or a container of subcommands) with its counters. */
    public static final class Entry {
        private final CommandSpec spec;
        private final Command command;
        private final Map<String, Entry> subcommands;
        private final NameIndex<Entry> subcommandIndex;
        private final CommandStats stats = new CommandStats();

        Entry(CommandSpec spec, Command command, Map<String, Entry> subcommands) {
            this.spec = spec;
            this.command = command;
            this.subcommands = subcommands;
            this.subcommandIndex = new NameIndex<>(subcommands);
        }

        public CommandSpec spec() {
            return spec;
        }

        public Command command() {
            return command;
        }

        /** Whether the entry only groups subcommands and cannot run on its own. */
        public boolean isContainer() {
            return command == null;
        }

        public boolean hasSubcommands() {
            return !subcommands.isEmpty();
        }

        public Map<String, Entry> subcommands() {
            return subcommands;
        }

        public Entry subcommand(byte[] name) {
            return subcommandIndex.get(name);
        }

        public CommandStats stats() {
            return stats;
        }
    }
}
