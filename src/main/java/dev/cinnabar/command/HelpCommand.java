package dev.cinnabar.command;

/** A {@code container|help} subcommand: replies the container's help, in {@link HelpReply}'s layout. */
public abstract class HelpCommand extends SpecifiedCommand {

    private final String[] lines;

    /** {@code lines} alternate a subcommand's syntax and its indented explanation, HELP itself left out. */
    protected HelpCommand(CommandSpec spec, String... lines) {
        super(spec);
        this.lines = lines;
    }

    @Override
    public final void execute(Call call) {
        HelpReply.write(call.reply(), spec().container(), lines);
    }
}
