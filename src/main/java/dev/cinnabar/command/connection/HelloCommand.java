package dev.cinnabar.command.connection;

import dev.cinnabar.command.Call;
import dev.cinnabar.command.ClientState;
import dev.cinnabar.command.CommandSpec;
import dev.cinnabar.command.Compatibility;
import dev.cinnabar.command.Flag;
import dev.cinnabar.command.Group;
import dev.cinnabar.command.RedisError;
import dev.cinnabar.command.Settings;
import dev.cinnabar.command.SpecifiedCommand;
import dev.cinnabar.resp.Numbers;
import dev.cinnabar.resp.Reply;
import org.springframework.stereotype.Component;

/**
 * HELLO [protover [AUTH username password] [SETNAME clientname]]: switches the protocol, optionally
 * authenticating and naming the client, and describes the server.
 */
@Component
final class HelloCommand extends SpecifiedCommand {

    private static final RedisError BAD_VERSION =
            new RedisError("ERR Protocol version is not an integer or out of range");
    private static final RedisError NOPROTO = new RedisError("NOPROTO unsupported protocol version");
    private static final RedisError NOT_AUTHENTICATED = new RedisError("NOAUTH HELLO must be called with the client "
            + "already authenticated, otherwise the HELLO <proto> AUTH <user> <pass> option can be used to "
            + "authenticate the client and select the RESP protocol version at the same time");

    private final Settings settings;

    HelloCommand(Settings settings) {
        super(CommandSpec.of("hello", -1, Group.CONNECTION)
                .flags(Flag.NOSCRIPT, Flag.LOADING, Flag.STALE, Flag.FAST, Flag.NO_AUTH, Flag.ALLOW_BUSY)
                .arguments("[protover:integer [AUTH (username password)] [SETNAME clientname]]")
                .since("6.0.0").complexity("O(1)").summary("Handshake with Redis"));
        this.settings = settings;
    }

    @Override
    public void execute(Call call) {
        int version = call.argc() > 1 ? protocolVersion(call.arg(1)) : 0;
        String user = null;
        byte[] password = null;
        byte[] name = null;
        for (int i = 2; i < call.argc(); i++) {
            int more = call.argc() - 1 - i;
            if (call.is(i, "auth") && more >= 2) {
                user = call.text(i + 1);
                password = call.arg(i + 2);
                i += 2;
            } else if (call.is(i, "setname") && more >= 1) {
                name = call.arg(++i);
            } else {
                throw new RedisError("ERR Syntax error in HELLO option '" + call.text(i) + "'");
            }
        }
        ClientState client = call.client();
        if (user != null) {
            if (!DefaultUser.accepts(settings, user, password)) {
                throw new RedisError(DefaultUser.WRONGPASS);
            }
            client.authenticated(true);
        }
        if (!client.authenticated() && settings.authRequired()) {
            throw NOT_AUTHENTICATED;
        }
        if (name != null) {
            client.name(ClientNames.checkedName(name));
        }
        if (version != 0) {
            client.protocol(version);
            call.reply().protocol(version);
        }
        describeServer(call.reply(), client);
    }

    private static int protocolVersion(byte[] arg) {
        long invalid = Long.MIN_VALUE;
        long version = Numbers.parseLong(arg, invalid);
        if (version == invalid) {
            throw BAD_VERSION;
        }
        if (version < 2 || version > 3) {
            throw NOPROTO;
        }
        return (int) version;
    }

    private static void describeServer(Reply reply, ClientState client) {
        reply.map(7);
        reply.bulk("server");
        reply.bulk("redis");
        reply.bulk("version");
        reply.bulk(Compatibility.REDIS_VERSION);
        reply.bulk("proto");
        reply.integer(client.protocol());
        reply.bulk("id");
        reply.integer(client.id());
        reply.bulk("mode");
        reply.bulk("standalone");
        reply.bulk("role");
        reply.bulk("master");
        reply.bulk("modules");
        reply.array(0);
    }
}
