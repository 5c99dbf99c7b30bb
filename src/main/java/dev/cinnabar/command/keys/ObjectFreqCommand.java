package dev.cinnabar.command.keys;

import dev.cinnabar.command.Call;
import dev.cinnabar.command.CommandSpec;
import dev.cinnabar.command.Flag;
import dev.cinnabar.command.Group;
import dev.cinnabar.command.RedisError;
import dev.cinnabar.keyspace.Entry;
import org.springframework.stereotype.Component;

/** OBJECT FREQ key: null for an absent key, else the error Redis gives when no LFU policy is set. */
@Component
final class ObjectFreqCommand extends ObjectKeyCommand {

    /** Frequencies are only tracked under an LFU eviction policy, which Cinnabar does not have. */
    private static final RedisError NO_LFU = new RedisError("ERR An LFU maxmemory policy is not selected, access "
            + "frequency not tracked. Please note that when switching between policies at runtime LRU and LFU "
            + "data will take some time to adjust.");

    ObjectFreqCommand() {
        super(CommandSpec.of("object|freq", 3, Group.GENERIC)
                .flags(Flag.READONLY).keys(2, 2, 1).since("4.0.0")
                .summary("Get the logarithmic access frequency counter of a Redis object"));
    }

    @Override
    void describe(Call call, Entry entry) {
        throw NO_LFU;
    }
}
