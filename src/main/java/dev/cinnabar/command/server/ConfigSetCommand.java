package dev.cinnabar.command.server;

import dev.cinnabar.command.Call;
import dev.cinnabar.command.CommandSpec;
import dev.cinnabar.command.Flag;
import dev.cinnabar.command.Group;
import dev.cinnabar.command.RedisError;
import dev.cinnabar.command.SpecifiedCommand;
import org.springframework.stereotype.Component;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * CONFIG SET parameter value [parameter value ...]: changes live settings, all or none: every pair is
 * checked before any is applied.
 */
@Component
final class ConfigSetCommand extends SpecifiedCommand {

    private final ConfigParameters parameters;

    ConfigSetCommand(ConfigParameters parameters) {
        super(CommandSpec.of("config|set", -4, Group.SERVER)
                .flags(Flag.ADMIN, Flag.NOSCRIPT, Flag.LOADING, Flag.STALE)
                .arguments("(parameter value) ...")
                .tips("request_policy:all_nodes", "response_policy:all_succeeded").since("2.0.0")
                .complexity("O(N) when N is the number of configuration parameters provided")
                .summary("Set configuration parameters to the given values"));
        this.parameters = parameters;
    }

    @Override
    public void execute(Call call) {
        if (call.argc() % 2 != 0) {
            throw RedisError.SYNTAX;
        }
        // Redis reports an unknown name before any other problem, and otherwise the first problem found.
        for (int i = 2; i < call.argc(); i += 2) {
            if (parameters.named(call.text(i)) == null) {
                throw new RedisError("ERR Unknown option or number of arguments for CONFIG SET - '" + call.text(i) + "'");
            }
        }
        Map<ConfigParameters.Parameter, String> changes = new LinkedHashMap<>();
        for (int i = 2; i < call.argc(); i += 2) {
            ConfigParameters.Parameter p = parameters.named(call.text(i));
            if (!p.mutable()) {
                throw failed(call.text(i), "can't set immutable config");
            }
            if (changes.putIfAbsent(p, call.text(i + 1)) != null) {
                throw failed(call.text(i), "duplicate parameter");
            }
        }
        Map<ConfigParameters.Parameter, Object> values = new LinkedHashMap<>();
        changes.forEach((p, text) -> {
            try {
                values.put(p, p.parse(text));
            } catch (ConfigParameters.InvalidValue e) {
                throw failed(p.name(), e.getMessage());
            }
        });
        values.forEach(ConfigParameters.Parameter::apply);
        call.reply().ok();
    }

    private static RedisError failed(String name, String reason) {
        return new RedisError("ERR CONFIG SET failed (possibly related to argument '" + name + "') - " + reason);
    }
}
