package dev.cinnabar.command.server;

import dev.cinnabar.command.Call;
import dev.cinnabar.command.CommandSpec;
import dev.cinnabar.command.Flag;
import dev.cinnabar.command.Glob;
import dev.cinnabar.command.Group;
import dev.cinnabar.command.SpecifiedCommand;
import dev.cinnabar.resp.Reply;
import org.springframework.stereotype.Component;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * CONFIG GET parameter [parameter ...]: a map of the parameters matching any of the glob patterns
 * (case-insensitive). A name without glob characters is echoed as given; patterns report canonical names.
 */
@Component
final class ConfigGetCommand extends SpecifiedCommand {

    private final ConfigParameters parameters;

    ConfigGetCommand(ConfigParameters parameters) {
        super(CommandSpec.of("config|get", -3, Group.SERVER)
                .flags(Flag.ADMIN, Flag.NOSCRIPT, Flag.LOADING, Flag.STALE)
                .arguments("parameter ...").since("2.0.0")
                .complexity("O(N) when N is the number of configuration parameters provided")
                .summary("Get the values of configuration parameters"));
        this.parameters = parameters;
    }

    @Override
    public void execute(Call call) {
        Map<ConfigParameters.Parameter, String> matches = new LinkedHashMap<>();
        for (int i = 2; i < call.argc(); i++) {
            String pattern = call.text(i);
            if (!hasGlob(pattern)) {
                ConfigParameters.Parameter p = parameters.named(pattern);
                if (p != null) {
                    matches.putIfAbsent(p, pattern);
                }
                continue;
            }
            for (ConfigParameters.Parameter p : parameters.all()) {
                if (Glob.matchesIgnoreCase(call.arg(i), p.name().getBytes(StandardCharsets.UTF_8))) {
                    matches.putIfAbsent(p, p.name());
                }
            }
        }
        Reply reply = call.reply();
        reply.map(matches.size());
        matches.forEach((p, name) -> {
            reply.bulk(name);
            reply.bulk(p.value());
        });
    }

    private static boolean hasGlob(String pattern) {
        return pattern.indexOf('*') >= 0 || pattern.indexOf('?') >= 0 || pattern.indexOf('[') >= 0;
    }
}
