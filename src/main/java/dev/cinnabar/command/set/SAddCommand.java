package dev.cinnabar.command.set;

import dev.cinnabar.command.Call;
import dev.cinnabar.command.CommandSpec;
import dev.cinnabar.command.Flag;
import dev.cinnabar.command.Group;
import dev.cinnabar.command.Settings;
import dev.cinnabar.command.SpecifiedCommand;
import dev.cinnabar.command.TypedKeys;
import org.springframework.stereotype.Component;

/** SADD key member [member ...]: adds the members; the number that were new. */
@Component
final class SAddCommand extends SpecifiedCommand {

    private final Settings settings;

    SAddCommand(Settings settings) {
        super(CommandSpec.of("sadd", -3, Group.SET)
                .flags(Flag.WRITE, Flag.DENYOOM, Flag.FAST).keys(1, 1, 1)
                .arguments("key member ...")
                .complexity("O(1) for each element added, so O(N) to add N elements when the command is called with multiple arguments.")
                .summary("Add one or more members to a set"));
        this.settings = settings;
    }

    @Override
    public void execute(Call call) {
        SetValue set = Sets.write(call, 1);
        if (set == null) {
            // Like Redis, the first member alone decides whether the new set starts as an intset.
            set = TypedKeys.create(call, call.arg(1), SetValue.startingWith(call.arg(2)));
        }
        long max = settings.setMaxIntsetEntries();
        int added = 0;
        for (int i = 2; i < call.argc(); i++) {
            if (set.add(call.arg(i), max)) {
                added++;
            }
        }
        call.reply().integer(added);
    }
}
