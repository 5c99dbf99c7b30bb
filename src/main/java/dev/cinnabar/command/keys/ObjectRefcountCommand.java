package dev.cinnabar.command.keys;

import dev.cinnabar.command.Call;
import dev.cinnabar.command.CommandSpec;
import dev.cinnabar.command.Flag;
import dev.cinnabar.command.Group;
import dev.cinnabar.keyspace.Entry;
import org.springframework.stereotype.Component;

/** OBJECT REFCOUNT key: how many references Redis would hold to the value, or null. */
@Component
final class ObjectRefcountCommand extends ObjectKeyCommand {

    ObjectRefcountCommand() {
        super(CommandSpec.of("object|refcount", 3, Group.GENERIC)
                .flags(Flag.READONLY).keys(2, 2, 1).since("2.2.3")
                .summary("Get the number of references to the value of the key"));
    }

    @Override
    void describe(Call call, Entry entry) {
        call.reply().integer(Encodings.refcount(entry.value()));
    }
}
