package dev.cinnabar.command.server;

import dev.cinnabar.command.Call;
import dev.cinnabar.command.CommandSpec;
import dev.cinnabar.command.Flag;
import dev.cinnabar.command.Group;
import dev.cinnabar.command.RedisError;
import dev.cinnabar.command.SpecifiedCommand;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.stereotype.Component;

/**
 * SHUTDOWN [NOSAVE|SAVE] [NOW] [FORCE] [ABORT]: stops the server. As in Redis a successful shutdown
 * sends no reply: the caller's connection closes, then the application context is closed on its own
 * thread, which stops the listener gracefully and lets the process exit with status 0. Nothing is
 * persisted, so SAVE and NOSAVE mean the same.
 */
@Component
final class ShutdownCommand extends SpecifiedCommand {

    private static final Logger log = LoggerFactory.getLogger(ShutdownCommand.class);

    private final ConfigurableApplicationContext context;

    ShutdownCommand(ConfigurableApplicationContext context) {
        super(CommandSpec.of("shutdown", -1, Group.SERVER)
                .flags(Flag.ADMIN, Flag.NOSCRIPT, Flag.LOADING, Flag.STALE, Flag.NO_MULTI, Flag.ALLOW_BUSY)
                .arguments("[NOSAVE|SAVE] [NOW] [FORCE] [ABORT]")
                .complexity("O(N) when saving, where N is the total number of keys in all databases when saving data, "
                        + "otherwise O(1)")
                .summary("Synchronously save the dataset to disk and then shut down the server"));
        this.context = context;
    }

    @Override
    public void execute(Call call) {
        boolean save = false;
        boolean nosave = false;
        boolean otherFlag = false;
        boolean abort = false;
        for (int i = 1; i < call.argc(); i++) {
            switch (call.option(i)) {
                case "save" -> save = true;
                case "nosave" -> nosave = true;
                case "now", "force" -> otherFlag = true;
                case "abort" -> abort = true;
                default -> throw RedisError.SYNTAX;
            }
        }
        if ((abort && (save || nosave || otherFlag)) || (save && nosave)) {
            throw RedisError.SYNTAX;
        }
        if (abort) {
            throw new RedisError("ERR No shutdown in progress.");
        }
        log.info("User requested shutdown...");
        call.client().closeAfterReply();
        // Closing stops the listener, which waits for this very command to finish: do it elsewhere.
        new Thread(context::close, "cinnabar-shutdown").start();
    }
}
