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

import java.util.ArrayList;
import java.util.List;

/**
 * CLIENT KILL ip:port | CLIENT KILL [ID id] [TYPE type] [USER user] [ADDR ip:port] [LADDR ip:port]
 * [SKIPME yes|no]: closes the matching connections. The old form replies OK (or an error when nothing
 * matched) and may close the caller; the new form replies the count and skips the caller by default.
 */
@Component
final class ClientKillCommand extends SpecifiedCommand {

    private static final RedisError BAD_ID = new RedisError("ERR client-id should be greater than 0");

    private final ClientRegistry clients;

    ClientKillCommand(ClientRegistry clients) {
        super(CommandSpec.of("client|kill", -3, Group.CONNECTION)
                .flags(Flag.ADMIN, Flag.NOSCRIPT, Flag.LOADING, Flag.STALE)
                .arguments("(ip:port|[ID client-id:integer] [TYPE (NORMAL|MASTER|REPLICA|PUBSUB)] [USER username]"
                        + " [ADDR ip:port] [LADDR ip:port] [SKIPME (YES|NO)])")
                .since("2.4.0")
                .complexity("O(N) where N is the number of client connections").summary("Kill the connection of a client"));
        this.clients = clients;
    }

    @Override
    public void execute(Call call) {
        boolean oldForm = call.argc() == 3;
        Filter filter = oldForm ? new Filter(call.text(2)) : Filter.parse(call);
        ClientState caller = call.client();
        List<ClientState> victims = new ArrayList<>();
        for (ClientState client : clients.all()) {
            if (filter.matches(client) && !(client == caller && filter.skipMe)) {
                victims.add(client);
            }
        }
        if (oldForm && victims.isEmpty()) {
            throw new RedisError("ERR No such client");
        }
        for (ClientState victim : victims) {
            // The caller still gets its reply: it is closed once that is written.
            if (victim == caller) {
                caller.closeAfterReply();
            } else {
                victim.kill();
            }
        }
        if (oldForm) {
            call.reply().ok();
        } else {
            call.reply().integer(victims.size());
        }
    }

    /** The conditions a client must all meet to be killed; unset ones match every client. */
    private static final class Filter {
        private String address;
        private String localAddress;
        private long id;
        private boolean normalType = true;
        private boolean skipMe = true;

        private Filter() {
        }

        /** The old form: one address, and the caller may kill itself. */
        private Filter(String address) {
            this.address = address;
            this.skipMe = false;
        }

        static Filter parse(Call call) {
            Filter filter = new Filter();
            for (int i = 2; i < call.argc(); i += 2) {
                if (i + 1 >= call.argc()) {
                    throw RedisError.SYNTAX;
                }
                String value = call.text(i + 1);
                switch (call.option(i)) {
                    case "id" -> filter.id = positiveId(call.arg(i + 1));
                    case "type" -> filter.normalType = ClientTypes.includesNormal(value);
                    case "addr" -> filter.address = value;
                    case "laddr" -> filter.localAddress = value;
                    case "user" -> {
                        if (!DefaultUser.NAME.equals(value)) {
                            throw new RedisError("ERR No such user '" + value + "'");
                        }
                    }
                    case "skipme" -> filter.skipMe = skipMe(value);
                    default -> throw RedisError.SYNTAX;
                }
            }
            return filter;
        }

        private static long positiveId(byte[] arg) {
            long id = Numbers.parseLong(arg, 0);
            if (id <= 0) {
                throw BAD_ID;
            }
            return id;
        }

        private static boolean skipMe(String value) {
            if (value.equalsIgnoreCase("yes")) {
                return true;
            }
            if (value.equalsIgnoreCase("no")) {
                return false;
            }
            throw RedisError.SYNTAX;
        }

        boolean matches(ClientState client) {
            return normalType
                    && (address == null || address.equals(client.address()))
                    && (localAddress == null || localAddress.equals(client.localAddress()))
                    && (id == 0 || id == client.id());
        }
    }
}
