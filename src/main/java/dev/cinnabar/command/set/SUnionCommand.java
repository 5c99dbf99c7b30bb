package dev.cinnabar.command.set;

import dev.cinnabar.command.CommandSpec;
import dev.cinnabar.command.Flag;
import dev.cinnabar.command.Group;
import dev.cinnabar.command.Settings;
import org.springframework.stereotype.Component;

/** SUNION key [key ...]: every member of any of the sets; absent keys are empty sets. */
@Component
final class SUnionCommand extends CombiningCommand {

    SUnionCommand(Settings settings) {
        super(CommandSpec.of("sunion", -2, Group.SET)
                .flags(Flag.READONLY).keys(1, -1, 1).tips("nondeterministic_output_order")
                .arguments("key ...")
                .complexity("O(N) where N is the total number of elements in all given sets.")
                .summary("Add multiple sets"), settings, false);
    }

    @Override
    SetValue combine(SetValue[] sets, long maxIntsetEntries) {
        return SetAlgebra.union(sets, maxIntsetEntries);
    }
}
