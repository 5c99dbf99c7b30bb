package dev.cinnabar.command.set;

import dev.cinnabar.command.CommandSpec;
import dev.cinnabar.command.Flag;
import dev.cinnabar.command.Group;
import dev.cinnabar.command.Settings;
import org.springframework.stereotype.Component;

/** SINTERSTORE destination key [key ...]: stores the intersection (deleting the destination if it is empty); its size. */
@Component
final class SInterStoreCommand extends CombiningCommand {

    SInterStoreCommand(Settings settings) {
        super(CommandSpec.of("sinterstore", -3, Group.SET)
                .flags(Flag.WRITE, Flag.DENYOOM).keys(1, -1, 1)
                .arguments("destination:key key ...")
                .complexity("O(N*M) worst case where N is the cardinality of the smallest set and M is the number of sets.")
                .summary("Intersect multiple sets and store the resulting set in a key"), settings, true);
    }

    @Override
    SetValue combine(SetValue[] sets, long maxIntsetEntries) {
        return SetAlgebra.anyAbsent(sets) ? SetValue.intset() : SetAlgebra.intersection(sets, maxIntsetEntries);
    }
}
