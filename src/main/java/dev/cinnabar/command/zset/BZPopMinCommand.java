package dev.cinnabar.command.zset;

import org.springframework.stereotype.Component;

/** BZPOPMIN key [key ...] timeout. */
@Component
final class BZPopMinCommand extends BlockingPop {

    BZPopMinCommand() {
        super("bzpopmin", "Remove and return the member with the lowest score from one or more sorted sets, "
                + "or block until one is available", SortedSetPops.End.MIN);
    }
}
