package dev.cinnabar.command.zset;

import dev.cinnabar.command.Call;
import org.springframework.stereotype.Component;

/** ZREMRANGEBYSCORE key min max. */
@Component
final class ZRemRangeByScoreCommand extends RemoveRangeCommand {

    ZRemRangeByScoreCommand() {
        super("zremrangebyscore", "1.2.0", "key min:double max:double",
                "Remove all members in a sorted set within the given scores");
    }

    @Override
    Span span(Call call) {
        return Range.ofScores(call.arg(2), call.arg(3));
    }
}
