package dev.cinnabar.command.keys;

import dev.cinnabar.command.Call;
import dev.cinnabar.command.CommandSpec;
import dev.cinnabar.command.Flag;
import dev.cinnabar.command.Group;
import dev.cinnabar.keyspace.Entry;
import org.springframework.stereotype.Component;

/** OBJECT ENCODING key: the name of the value's internal representation, or null. */
@Component
final class ObjectEncodingCommand extends ObjectKeyCommand {

    ObjectEncodingCommand() {
        super(CommandSpec.of("object|encoding", 3, Group.GENERIC)
                .flags(Flag.READONLY).keys(2, 2, 1).since("2.2.3")
                .summary("Inspect the internal encoding of a Redis object"));
    }

    @Override
    void describe(Call call, Entry entry) {
        call.reply().bulk(Encodings.of(entry.value()));
    }
}
