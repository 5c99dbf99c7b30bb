package dev.cinnabar.command.keys;

import dev.cinnabar.command.Call;
import dev.cinnabar.command.CommandSpec;
import dev.cinnabar.command.Flag;
import dev.cinnabar.command.Group;
import dev.cinnabar.command.SpecifiedCommand;
import dev.cinnabar.keyspace.Entry;
import org.springframework.stereotype.Component;

import java.util.concurrent.ThreadLocalRandom;

/** RANDOMKEY: a random live key, or null when the database is empty. */
@Component
final class RandomkeyCommand extends SpecifiedCommand {

    RandomkeyCommand() {
        super(CommandSpec.of("randomkey", 1, Group.GENERIC)
                .flags(Flag.READONLY)
                .summary("Return a random key from the keyspace"));
    }

    @Override
    public void execute(Call call) {
        Entry entry = call.database().random(call.now(), ThreadLocalRandom.current());
        if (entry == null) {
            call.reply().nullBulk();
        } else {
            call.reply().bulk(entry.key());
        }
    }
}
