package dev.cinnabar.command.connection;

import dev.cinnabar.command.Call;
import dev.cinnabar.command.ClientState;
import dev.cinnabar.command.CommandSpec;
import dev.cinnabar.command.Flag;
import dev.cinnabar.command.Group;
import dev.cinnabar.command.RedisError;
import dev.cinnabar.command.SpecifiedCommand;
import org.springframework.stereotype.Component;

import java.nio.charset.StandardCharsets;

/** CLIENT SETINFO LIB-NAME|LIB-VER value: records the client library, as Redis 7.2 does. */
@Component
final class ClientSetInfoCommand extends SpecifiedCommand {

    ClientSetInfoCommand() {
        super(CommandSpec.of("client|setinfo", 4, Group.CONNECTION)
                .flags(Flag.NOSCRIPT, Flag.LOADING, Flag.STALE)
                .arguments("(LIB-NAME libname|LIB-VER libver)")
                .tips("request_policy:all_nodes", "response_policy:all_succeeded")
                .since("7.2.0").complexity("O(1)").summary("Set client or connection specific info"));
    }

    @Override
    public void execute(Call call) {
        String attribute = call.text(2);
        boolean libName = attribute.equalsIgnoreCase("lib-name");
        if (!libName && !attribute.equalsIgnoreCase("lib-ver")) {
            throw new RedisError("ERR Unrecognized option '" + attribute + "'");
        }
        if (!ClientNames.valid(call.arg(3))) {
            throw new RedisError("ERR " + attribute + " cannot contain spaces, newlines or special characters.");
        }
        String value = new String(call.arg(3), StandardCharsets.US_ASCII);
        ClientState client = call.client();
        if (libName) {
            client.libName(value);
        } else {
            client.libVersion(value);
        }
        call.reply().ok();
    }
}
