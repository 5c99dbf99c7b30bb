package dev.cinnabar.command.zset;

import dev.cinnabar.command.Call;
import org.springframework.stereotype.Component;

/** ZREMRANGEBYLEX key min max. */
@Component
final class ZRemRangeByLexCommand extends RemoveRangeCommand {

    ZRemRangeByLexCommand() {
        super("zremrangebylex", "2.8.9", "key min max",
                "Remove all members in a sorted set between the given lexicographical range");
    }

    @Override
    Span span(Call call) {
        return Range.ofMembers(call.arg(2), call.arg(3));
    }
}
