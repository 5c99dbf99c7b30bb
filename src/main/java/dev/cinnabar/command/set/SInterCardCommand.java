package dev.cinnabar.command.set;

import dev.cinnabar.command.Call;
import dev.cinnabar.command.CommandSpec;
import dev.cinnabar.command.Flag;
import dev.cinnabar.command.Group;
import dev.cinnabar.command.RedisError;
import dev.cinnabar.command.SpecifiedCommand;
import dev.cinnabar.resp.Numbers;
import org.springframework.stereotype.Component;

/**
 * SINTERCARD numkeys key [key ...] [LIMIT limit]: the size of the intersection, counting stopped at the
 * limit when one above 0 is given.
 */
@Component
final class SInterCardCommand extends SpecifiedCommand {

    private static final RedisError BAD_NUMKEYS = new RedisError("ERR numkeys should be greater than 0");
    private static final RedisError TOO_FEW_ARGS = new RedisError("ERR Number of keys can't be greater than number of args");
    private static final RedisError BAD_LIMIT = new RedisError("ERR LIMIT can't be negative");

    SInterCardCommand() {
        super(CommandSpec.of("sintercard", -3, Group.SET)
                .flags(Flag.READONLY, Flag.MOVABLEKEYS).since("7.0.0")
                .arguments("numkeys:integer key ... [LIMIT limit:integer]")
                .complexity("O(N*M) worst case where N is the cardinality of the smallest set and M is the number of sets.")
                .summary("Intersect multiple sets and return the cardinality of the result"));
    }

    @Override
    public void execute(Call call) {
        long numkeys = Numbers.parseLong(call.arg(1), 0);
        if (numkeys < 1) {
            throw BAD_NUMKEYS;
        }
        if (numkeys > call.argc() - 2) {
            throw TOO_FEW_ARGS;
        }
        int end = 2 + (int) numkeys;
        long limit = 0;
        for (int i = end; i < call.argc(); i++) {
            if (!call.is(i, "limit") || i + 1 == call.argc()) {
                throw RedisError.SYNTAX;
            }
            limit = Numbers.parseLong(call.arg(++i), -1);
            if (limit < 0) {
                throw BAD_LIMIT;
            }
        }
        SetValue[] sets = SetAlgebra.sources(call, 2, end);
        long[] found = {0};
        if (!SetAlgebra.anyAbsent(sets)) {
            long stopAt = limit;
            SetAlgebra.intersect(sets, (set, index) -> ++found[0] != stopAt);
        }
        call.reply().integer(found[0]);
    }
}
