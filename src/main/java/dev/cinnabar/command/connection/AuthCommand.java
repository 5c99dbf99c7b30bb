package dev.cinnabar.command.connection;

import dev.cinnabar.command.Call;
import dev.cinnabar.command.CommandSpec;
import dev.cinnabar.command.Flag;
import dev.cinnabar.command.Group;
import dev.cinnabar.command.RedisError;
import dev.cinnabar.command.Settings;
import dev.cinnabar.command.SpecifiedCommand;
import org.springframework.stereotype.Component;

/** AUTH [username] password: authenticates the connection as the default user. */
@Component
final class AuthCommand extends SpecifiedCommand {

    private static final RedisError NO_PASSWORD_SET = new RedisError("ERR AUTH <password> called without any "
            + "password configured for the default user. Are you sure your configuration is correct?");

    private final Settings settings;

    AuthCommand(Settings settings) {
        super(CommandSpec.of("auth", -2, Group.CONNECTION)
                .flags(Flag.NOSCRIPT, Flag.LOADING, Flag.STALE, Flag.FAST, Flag.NO_AUTH, Flag.ALLOW_BUSY)
                .arguments("[username] password")
                .complexity("O(N) where N is the number of passwords defined for the user")
                .summary("Authenticate to the server"));
        this.settings = settings;
    }

    @Override
    public void execute(Call call) {
        if (call.argc() > 3) {
            throw RedisError.SYNTAX;
        }
        // The one-argument form predates users: with no password to check, it is a configuration mistake.
        if (call.argc() == 2 && !settings.authRequired()) {
            throw NO_PASSWORD_SET;
        }
        String user = call.argc() == 2 ? DefaultUser.NAME : call.text(1);
        if (!DefaultUser.accepts(settings, user, call.arg(call.argc() - 1))) {
            throw new RedisError(DefaultUser.WRONGPASS);
        }
        call.client().authenticated(true);
        call.reply().ok();
    }
}
