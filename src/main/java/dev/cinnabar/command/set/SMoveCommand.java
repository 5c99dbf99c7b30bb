package dev.cinnabar.command.set;

import dev.cinnabar.command.Call;
import dev.cinnabar.command.CommandSpec;
import dev.cinnabar.command.Flag;
import dev.cinnabar.command.Group;
import dev.cinnabar.command.Settings;
import dev.cinnabar.command.SpecifiedCommand;
import dev.cinnabar.command.TypedKeys;
import org.springframework.stereotype.Component;

/** SMOVE source destination member: moves the member between sets; 1 if the source held it. */
@Component
final class SMoveCommand extends SpecifiedCommand {

    private final Settings settings;

    SMoveCommand(Settings settings) {
        super(CommandSpec.of("smove", 4, Group.SET)
                .flags(Flag.WRITE, Flag.FAST).keys(1, 2, 1)
                .arguments("source:key destination:key member").complexity("O(1)")
                .summary("Move a member from one set to another"));
        this.settings = settings;
    }

    @Override
    public void execute(Call call) {
        byte[] member = call.arg(3);
        SetValue source = Sets.write(call, 1);
        // As in Redis, an absent source answers 0 before the destination's type is looked at.
        if (source == null) {
            call.reply().integer(0);
            return;
        }
        SetValue destination = Sets.write(call, 2);
        if (source == destination) {
            call.reply().integer(source.contains(member) ? 1 : 0);
            return;
        }
        if (!source.remove(member)) {
            call.reply().integer(0);
            return;
        }
        TypedKeys.removeIfEmpty(call, call.arg(1), source);
        if (destination == null) {
            destination = TypedKeys.create(call, call.arg(2), SetValue.startingWith(member));
        }
        destination.add(member, settings.setMaxIntsetEntries());
        call.reply().integer(1);
    }
}
