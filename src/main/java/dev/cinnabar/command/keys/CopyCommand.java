package dev.cinnabar.command.keys;

import dev.cinnabar.command.Call;
import dev.cinnabar.command.CommandSpec;
import dev.cinnabar.command.Flag;
import dev.cinnabar.command.Group;
import dev.cinnabar.command.RedisError;
import dev.cinnabar.command.SpecifiedCommand;
import dev.cinnabar.keyspace.Database;
import dev.cinnabar.keyspace.Entry;
import dev.cinnabar.keyspace.ValueTypes;
import org.springframework.stereotype.Component;

import java.util.Arrays;

/** COPY source destination [DB db] [REPLACE]: copies the value and its TTL; 1 if copied. */
@Component
final class CopyCommand extends SpecifiedCommand {

    CopyCommand() {
        super(CommandSpec.of("copy", -3, Group.GENERIC)
                .flags(Flag.WRITE, Flag.DENYOOM).keys(1, 2, 1).since("6.2.0")
                .summary("Copy a key"));
    }

    @Override
    public void execute(Call call) {
        Database source = call.database();
        Database target = source;
        boolean replace = false;
        for (int i = 3; i < call.argc(); i++) {
            if (call.is(i, "replace")) {
                replace = true;
            } else if (call.is(i, "db") && i + 1 < call.argc()) {
                target = DbArgs.database(call, ++i);
            } else {
                throw RedisError.SYNTAX;
            }
        }
        byte[] from = call.arg(1);
        byte[] to = call.arg(2);
        if (source == target && Arrays.equals(from, to)) {
            throw DbArgs.SAME_OBJECT;
        }
        Entry original = source.read(from, call.now());
        if (original == null) {
            call.reply().integer(0);
            return;
        }
        Entry existing = target.lookup(to, call.now());
        if (existing != null) {
            if (!replace) {
                call.reply().integer(0);
                return;
            }
            target.remove(existing);
        }
        Entry copy = target.insert(to, ValueTypes.duplicate(original.value()));
        if (original.hasExpiry()) {
            target.expireAt(copy, original.expireAt());
        }
        call.reply().integer(1);
    }
}
