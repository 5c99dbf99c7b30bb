package dev.cinnabar.command.set;

import dev.cinnabar.command.CommandSpec;
import dev.cinnabar.command.Flag;
import dev.cinnabar.command.Group;
import dev.cinnabar.command.Settings;
import org.springframework.stereotype.Component;

/** SDIFFSTORE destination key [key ...]: stores the difference (deleting the destination if it is empty); its size. */
@Component
final class SDiffStoreCommand extends CombiningCommand {

    SDiffStoreCommand(Settings settings) {
        super(CommandSpec.of("sdiffstore", -3, Group.SET)
                .flags(Flag.WRITE, Flag.DENYOOM).keys(1, -1, 1)
                .arguments("destination:key key ...")
                .complexity("O(N) where N is the total number of elements in all given sets.")
                .summary("Subtract multiple sets and store the resulting set in a key"), settings, true);
    }

    @Override
    SetValue combine(SetValue[] sets, long maxIntsetEntries) {
        return SetAlgebra.difference(sets, maxIntsetEntries);
    }
}
