package dev.cinnabar.command.set;

import dev.cinnabar.command.CommandSpec;
import dev.cinnabar.command.Flag;
import dev.cinnabar.command.Group;
import dev.cinnabar.command.Settings;
import org.springframework.stereotype.Component;

/** SDIFF key [key ...]: the members of the first set in none of the others; absent keys are empty sets. */
@Component
final class SDiffCommand extends CombiningCommand {

    SDiffCommand(Settings settings) {
        super(CommandSpec.of("sdiff", -2, Group.SET)
                .flags(Flag.READONLY).keys(1, -1, 1).tips("nondeterministic_output_order")
                .arguments("key ...")
                .complexity("O(N) where N is the total number of elements in all given sets.")
                .summary("Subtract multiple sets"), settings, false);
    }

    @Override
    SetValue combine(SetValue[] sets, long maxIntsetEntries) {
        return SetAlgebra.difference(sets, maxIntsetEntries);
    }
}
