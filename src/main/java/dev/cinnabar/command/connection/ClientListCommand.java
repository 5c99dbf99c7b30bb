package dev.cinnabar.command.connection;

import dev.cinnabar.command.Call;
import dev.cinnabar.command.ClientRegistry;
import dev.cinnabar.command.ClientState;
import dev.cinnabar.command.CommandSpec;
import dev.cinnabar.command.Flag;
import dev.cinnabar.command.Group;
import dev.cinnabar.command.RedisError;
import dev.cinnabar.command.SpecifiedCommand;
import dev.cinnabar.resp.Numbers;
import org.springframework.stereotype.Component;

/** CLIENT LIST [TYPE NORMAL|MASTER|REPLICA|PUBSUB] [ID id [id ...]]: one line per connected client. */
@Component
final class ClientListCommand extends SpecifiedCommand {

    private static final RedisError INVALID_ID = new RedisError("ERR Invalid client ID");

    private final ClientRegistry clients;

    ClientListCommand(ClientRegistry clients) {
        super(CommandSpec.of("client|list", -2, Group.CONNECTION)
                .flags(Flag.ADMIN, Flag.NOSCRIPT, Flag.LOADING, Flag.STALE)
                .arguments("[TYPE (NORMAL|MASTER|REPLICA|PUBSUB)] [ID client-id:integer ...]").tips("nondeterministic_output")
                .since("2.4.0").complexity("O(N) where N is the number of client connections")
                .summary("Get the list of client connections"));
        this.clients = clients;
    }

    @Override
    public void execute(Call call) {
        StringBuilder lines = new StringBuilder();
        if (call.argc() == 4 && call.is(2, "type")) {
            if (ClientTypes.includesNormal(call.text(3))) {
                clients.all().forEach(client -> append(lines, client, call.now()));
            }
        } else if (call.argc() > 3 && call.is(2, "id")) {
            long[] ids = ids(call);
            for (long id : ids) {
                ClientState client = clients.byId(id);
                if (client != null) {
                    append(lines, client, call.now());
                }
            }
        } else if (call.argc() == 2) {
            clients.all().forEach(client -> append(lines, client, call.now()));
        } else {
            throw RedisError.SYNTAX;
        }
        call.reply().verbatim(lines.toString());
    }

    private static long[] ids(Call call) {
        long[] ids = new long[call.argc() - 3];
        for (int i = 0; i < ids.length; i++) {
            long invalid = Long.MIN_VALUE;
            ids[i] = Numbers.parseLong(call.arg(i + 3), invalid);
            if (ids[i] == invalid) {
                throw INVALID_ID;
            }
        }
        return ids;
    }

    private static void append(StringBuilder lines, ClientState client, long now) {
        lines.append(client.describe(now)).append('\n');
    }
}
