package dev.cinnabar.command.zset;

import dev.cinnabar.command.Call;
import org.springframework.stereotype.Component;

/** ZREMRANGEBYRANK key start stop. */
@Component
final class ZRemRangeByRankCommand extends RemoveRangeCommand {

    ZRemRangeByRankCommand() {
        super("zremrangebyrank", "2.0.0", "key start:integer stop:integer",
                "Remove all members in a sorted set within the given indexes");
    }

    @Override
    Span span(Call call) {
        return Span.ofRanks(call.integer(2), call.integer(3));
    }
}
