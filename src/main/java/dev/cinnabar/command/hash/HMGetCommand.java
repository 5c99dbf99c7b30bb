package dev.cinnabar.command.hash;

import dev.cinnabar.command.Call;
import dev.cinnabar.command.CommandSpec;
import dev.cinnabar.command.Flag;
import dev.cinnabar.command.Group;
import dev.cinnabar.command.SpecifiedCommand;
import org.springframework.stereotype.Component;

/** HMGET key field [field ...]: each field's value, null where absent. */
@Component
final class HMGetCommand extends SpecifiedCommand {

    HMGetCommand() {
        super(CommandSpec.of("hmget", -3, Group.HASH)
                .flags(Flag.READONLY, Flag.FAST).keys(1, 1, 1).since("2.0.0")
                .complexity("O(N) where N is the number of fields being requested.")
                .arguments("key field ...")
                .summary("Get the values of all the given hash fields"));
    }

    @Override
    public void execute(Call call) {
        HashValue hash = Hashes.read(call);
        HashFields fields = hash == null ? null : hash.fields();
        call.reply().array(call.argc() - 2);
        for (int i = 2; i < call.argc(); i++) {
            Hashes.replyValue(call, fields, call.arg(i));
        }
    }
}
