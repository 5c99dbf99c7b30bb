package dev.cinnabar.command.connection;

import dev.cinnabar.command.AclCategory;
import dev.cinnabar.command.Argument;
import dev.cinnabar.command.Call;
import dev.cinnabar.command.CommandSpec;
import dev.cinnabar.command.CommandTable;
import dev.cinnabar.command.Flag;
import dev.cinnabar.resp.Reply;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;

/**
 * What the COMMAND subcommands say about the command table, in Redis's reply shapes: the ten-element
 * COMMAND INFO entry and the COMMAND DOCS map. The table is built from every command bean, these
 * included, so it is fetched lazily.
 */
@Component
final class CommandCatalog {

    private final ObjectProvider<CommandTable> table;

    CommandCatalog(ObjectProvider<CommandTable> table) {
        this.table = table;
    }

    Collection<CommandTable.Entry> entries() {
        return table.getObject().entries();
    }

    int size() {
        return table.getObject().size();
    }

    /** The entry named {@code name} or {@code container|sub}, or null. */
    CommandTable.Entry find(String name) {
        int bar = name.indexOf('|');
        CommandTable.Entry entry = table.getObject().lookup(bar < 0 ? name : name.substring(0, bar));
        if (entry == null || bar < 0) {
            return entry;
        }
        String sub = name.substring(bar + 1);
        return sub.indexOf('|') >= 0 ? null : entry.subcommands().get(sub.toLowerCase(Locale.ROOT));
    }

    /**
     * COMMAND INFO and DOCS's operands: every command when none is named, else each named one in order,
     * null where the name is unknown.
     */
    List<CommandTable.Entry> requested(Call call) {
        if (call.argc() == 2) {
            return List.copyOf(entries());
        }
        List<CommandTable.Entry> named = new ArrayList<>();
        for (int i = 2; i < call.argc(); i++) {
            named.add(find(call.text(i)));
        }
        return named;
    }

    /** Every command, subcommands after their container. */
    List<CommandTable.Entry> allWithSubcommands() {
        return table.getObject().allEntries();
    }

    /** COMMAND INFO's entry: name, arity, flags, first key, last key, step, categories, tips, key specs, subcommands. */
    void writeInfo(Reply reply, CommandTable.Entry entry) {
        CommandSpec spec = entry.spec();
        reply.array(10);
        reply.bulk(spec.name());
        reply.integer(spec.arity());
        List<String> flags = new ArrayList<>();
        for (Flag flag : Flag.values()) {
            if (spec.has(flag) && flag.wireName() != null) {
                flags.add(flag.wireName());
            }
        }
        statusSet(reply, flags);
        reply.integer(spec.firstKey());
        reply.integer(spec.lastKey());
        reply.integer(spec.step());
        EnumSet<AclCategory> categories = spec.aclCategories();
        reply.set(categories.size());
        categories.forEach(category -> reply.simple(category.wireName()));
        reply.set(spec.tips().size());
        spec.tips().forEach(reply::bulk);
        writeKeySpecs(reply, spec);
        if (entry.hasSubcommands()) {
            reply.array(entry.subcommands().size());
            entry.subcommands().values().forEach(sub -> writeInfo(reply, sub));
        } else {
            reply.set(0);
        }
    }

    /**
     * The key specification Redis 7 describes key positions with, derived from first/last/step: keys
     * start at a fixed index and run to a last key, counted from the first or, when negative, from the end.
     */
    private static void writeKeySpecs(Reply reply, CommandSpec spec) {
        if (spec.firstKey() == 0) {
            reply.set(0);
            return;
        }
        reply.set(1);
        reply.map(3);
        reply.bulk("flags");
        statusSet(reply, spec.has(Flag.WRITE) ? List.of("RW", "update") : List.of("RO", "access"));
        reply.bulk("begin_search");
        reply.map(2);
        reply.bulk("type");
        reply.bulk("index");
        reply.bulk("spec");
        reply.map(1);
        reply.bulk("index");
        reply.integer(spec.firstKey());
        reply.bulk("find_keys");
        reply.map(2);
        reply.bulk("type");
        reply.bulk("range");
        reply.bulk("spec");
        reply.map(3);
        reply.bulk("lastkey");
        reply.integer(spec.lastKey() < 0 ? spec.lastKey() : spec.lastKey() - spec.firstKey());
        reply.bulk("keystep");
        reply.integer(spec.step());
        reply.bulk("limit");
        reply.integer(0);
    }

    /** COMMAND DOCS's map: summary, since, group, complexity when known, arguments, and the subcommands' docs. */
    void writeDocs(Reply reply, CommandTable.Entry entry) {
        CommandSpec spec = entry.spec();
        boolean complexity = spec.complexity() != null;
        boolean arguments = !spec.arguments().isEmpty();
        reply.map(3 + (complexity ? 1 : 0) + (arguments ? 1 : 0) + (entry.hasSubcommands() ? 1 : 0));
        reply.bulk("summary");
        reply.bulk(spec.summary());
        reply.bulk("since");
        reply.bulk(spec.since());
        reply.bulk("group");
        reply.bulk(spec.group().docName());
        if (complexity) {
            reply.bulk("complexity");
            reply.bulk(spec.complexity());
        }
        if (arguments) {
            reply.bulk("arguments");
            writeArguments(reply, spec.arguments());
        }
        if (entry.hasSubcommands()) {
            reply.bulk("subcommands");
            reply.map(entry.subcommands().size());
            for (CommandTable.Entry sub : entry.subcommands().values()) {
                reply.bulk(sub.spec().name());
                writeDocs(reply, sub);
            }
        }
    }

    /** Each argument as Redis describes it: name, type, key spec index, token, flags, nested arguments. */
    private static void writeArguments(Reply reply, List<Argument> arguments) {
        reply.array(arguments.size());
        for (Argument argument : arguments) {
            boolean key = argument.type().equals("key");
            List<String> flags = new ArrayList<>();
            if (argument.optional()) {
                flags.add("optional");
            }
            if (argument.multiple()) {
                flags.add("multiple");
            }
            reply.map(2 + (key ? 1 : 0) + (argument.token() != null ? 1 : 0) + (flags.isEmpty() ? 0 : 1)
                    + (argument.arguments().isEmpty() ? 0 : 1));
            reply.bulk("name");
            reply.bulk(argument.name());
            reply.bulk("type");
            reply.bulk(argument.type());
            if (key) {
                reply.bulk("key_spec_index");
                reply.integer(0);
            }
            if (argument.token() != null) {
                reply.bulk("token");
                reply.bulk(argument.token());
            }
            if (!flags.isEmpty()) {
                reply.bulk("flags");
                statusSet(reply, flags);
            }
            if (!argument.arguments().isEmpty()) {
                reply.bulk("arguments");
                writeArguments(reply, argument.arguments());
            }
        }
    }

    private static void statusSet(Reply reply, List<String> items) {
        reply.set(items.size());
        items.forEach(reply::simple);
    }
}
