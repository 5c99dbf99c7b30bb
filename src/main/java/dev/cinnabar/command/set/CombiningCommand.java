package dev.cinnabar.command.set;

import dev.cinnabar.command.Call;
import dev.cinnabar.command.CommandSpec;
import dev.cinnabar.command.Settings;
import dev.cinnabar.command.SpecifiedCommand;

/**
 * A command that combines the sets named by its keys into a new set: SUNION and SDIFF reply with it, the
 * *STORE forms store it at their first argument instead.
 */
abstract class CombiningCommand extends SpecifiedCommand {

    private final Settings settings;
    private final boolean stores;

    CombiningCommand(CommandSpec spec, Settings settings, boolean stores) {
        super(spec);
        this.settings = settings;
        this.stores = stores;
    }

    /** The result, built from an empty intset so that it takes the encoding Redis gives it. */
    abstract SetValue combine(SetValue[] sets, long maxIntsetEntries);

    @Override
    public final void execute(Call call) {
        SetValue[] sets = SetAlgebra.sources(call, stores ? 2 : 1, call.argc());
        SetValue result = combine(sets, settings.setMaxIntsetEntries());
        if (stores) {
            SetAlgebra.store(call, result);
        } else {
            Sets.reply(call.reply(), result);
        }
    }
}
