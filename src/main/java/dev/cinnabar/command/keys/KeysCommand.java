package dev.cinnabar.command.keys;

import dev.cinnabar.command.Call;
import dev.cinnabar.command.CommandSpec;
import dev.cinnabar.command.Flag;
import dev.cinnabar.command.Glob;
import dev.cinnabar.command.Group;
import dev.cinnabar.command.SpecifiedCommand;
import dev.cinnabar.resp.Reply;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.List;

/** KEYS pattern: every live key matching the glob pattern, in table order. */
@Component
final class KeysCommand extends SpecifiedCommand {

    KeysCommand() {
        super(CommandSpec.of("keys", 2, Group.GENERIC)
                .flags(Flag.READONLY)
                .summary("Find all keys matching the given pattern"));
    }

    @Override
    public void execute(Call call) {
        byte[] pattern = call.arg(1);
        boolean all = Glob.matchesAll(pattern);
        List<byte[]> keys = new ArrayList<>();
        call.database().forEach(call.now(), entry -> {
            if (all || Glob.matches(pattern, entry.key())) {
                keys.add(entry.key());
            }
        });
        Reply reply = call.reply();
        reply.array(keys.size());
        for (byte[] key : keys) {
            reply.bulk(key);
        }
    }
}
