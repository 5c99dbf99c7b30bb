package dev.cinnabar.command.keys;

import dev.cinnabar.command.Call;
import dev.cinnabar.command.CommandSpec;
import dev.cinnabar.command.SpecifiedCommand;
import dev.cinnabar.keyspace.Entry;

/**
 * An OBJECT subcommand about one key: null when the key does not exist, else what {@link #describe} says.
 * The key is looked up without counting as an access.
 */
abstract class ObjectKeyCommand extends SpecifiedCommand {

    ObjectKeyCommand(CommandSpec spec) {
        super(spec);
    }

    @Override
    public final void execute(Call call) {
        Entry entry = call.database().peek(call.arg(2), call.now());
        if (entry == null) {
            call.reply().nullBulk();
        } else {
            describe(call, entry);
        }
    }

    /** Replies about the live entry of the key. */
    abstract void describe(Call call, Entry entry);
}
