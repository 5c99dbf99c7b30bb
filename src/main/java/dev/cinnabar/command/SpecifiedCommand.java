package dev.cinnabar.command;

/**
 * A command whose spec is fixed when it is built: each command passes its {@link CommandSpec} up from its
 * constructor and writes only {@link #execute}.
 */
public abstract class SpecifiedCommand implements Command {

    private final CommandSpec spec;

    protected SpecifiedCommand(CommandSpec spec) {
        this.spec = spec;
    }

    @Override
    public final CommandSpec spec() {
        return spec;
    }
}
