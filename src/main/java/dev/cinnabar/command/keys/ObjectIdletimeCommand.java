package dev.cinnabar.command.keys;

import dev.cinnabar.command.Call;
import dev.cinnabar.command.CommandSpec;
import dev.cinnabar.command.Flag;
import dev.cinnabar.command.Group;
import dev.cinnabar.keyspace.Entry;
import org.springframework.stereotype.Component;

/** OBJECT IDLETIME key: whole seconds since a command last touched the key, or null. */
@Component
final class ObjectIdletimeCommand extends ObjectKeyCommand {

    ObjectIdletimeCommand() {
        super(CommandSpec.of("object|idletime", 3, Group.GENERIC)
                .flags(Flag.READONLY).keys(2, 2, 1).since("2.2.3")
                .summary("Get the time since a Redis object was last accessed"));
    }

    @Override
    void describe(Call call, Entry entry) {
        call.reply().integer(call.database().idleSeconds(entry, call.now()));
    }
}
