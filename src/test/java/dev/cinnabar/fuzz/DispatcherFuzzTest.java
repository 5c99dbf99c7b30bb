package dev.cinnabar.fuzz;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.cinnabar.command.ClientRegistry;
import dev.cinnabar.command.CommandHarness;
import dev.cinnabar.command.CommandTable;
import dev.cinnabar.diff.RespFrames;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Random argument arrays for every command of the table: each must answer with well-formed RESP and
 * never throw. Arguments come from a pool of tokens commands care about (options, small and edge
 * numbers, a few keys) plus arbitrary bytes, so the fuzzer reaches past argument parsing.
 */
class DispatcherFuzzTest {

    /** Commands that would stop or stall the process running the fuzzer. */
    private static final Set<String> EXCLUDED = Set.of("shutdown", "debug", "monitor", "sync", "psync");
    private static final String[] TOKENS = {
            "k", "k2", "{k}3", "", "0", "1", "-1", "2", "10", "100", "-100", "9223372036854775807",
            "-9223372036854775808", "9223372036854775808", "1.5", "-0.0", "inf", "nan", "1e3", " 1", "01", "0x10",
            "nx", "xx", "ex", "px", "exat", "pxat", "keepttl", "get", "persist", "count", "match", "*", "?", "[a-",
            "type", "string", "withscores", "limit", "gt", "lt", "help", "list", "info", "reset", "id", "name",
    };

    private static final CommandHarness HARNESS = new CommandHarness();
    private static final List<String> NAMES = commandNames();

    private static List<String> commandNames() {
        List<String> names = new ArrayList<>();
        for (CommandTable.Entry entry : HARNESS.bean(CommandTable.class).entries()) {
            String name = entry.spec().name();
            if (!EXCLUDED.contains(name)) {
                names.add(name);
            }
        }
        names.sort(null);
        return names;
    }

    @FuzzTest(maxDuration = "60s")
    void anyArgumentsGiveOneWellFormedReply(FuzzedDataProvider data) throws IOException {
        String name = data.consumeBoolean() || NAMES.isEmpty()
                ? data.consumeString(12)
                : NAMES.get(data.consumeInt(0, NAMES.size() - 1));
        if (name.isEmpty() || EXCLUDED.contains(name.toLowerCase(java.util.Locale.ROOT))) {
            return;
        }
        int count = data.consumeInt(0, 8);
        byte[][] args = new byte[count + 1][];
        args[0] = (data.consumeBoolean() ? name.toUpperCase(java.util.Locale.ROOT) : name).getBytes(StandardCharsets.UTF_8);
        for (int i = 1; i <= count; i++) {
            args[i] = data.consumeBoolean()
                    ? TOKENS[data.consumeInt(0, TOKENS.length - 1)].getBytes(StandardCharsets.UTF_8)
                    : data.consumeBytes(16);
        }
        if (data.consumeBoolean()) {
            HARNESS.clock().advance(data.consumeLong(0, 10_000));
        }
        // A fresh connection each time, so no earlier input (CLIENT REPLY OFF, SELECT, QUIT) shapes this one.
        CommandHarness.Client client = HARNESS.newClient();
        byte[] reply;
        try {
            reply = client.exec(args).getBytes(StandardCharsets.ISO_8859_1);
        } finally {
            HARNESS.bean(ClientRegistry.class).remove(client.state());
        }

        ByteArrayInputStream in = new ByteArrayInputStream(reply);
        int frames = 0;
        while (RespFrames.next(in) != null) {
            frames++;
        }
        if (!name.equalsIgnoreCase("client")) {
            assertThat(frames).as("replies to %s", name).isGreaterThanOrEqualTo(1);
        }
    }
}
