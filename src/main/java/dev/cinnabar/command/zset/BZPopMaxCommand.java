package dev.cinnabar.command.zset;

import org.springframework.stereotype.Component;

/** BZPOPMAX key [key ...] timeout. */
@Component
final class BZPopMaxCommand extends BlockingPop {

    BZPopMaxCommand() {
        super("bzpopmax", "Remove and return the member with the highest score from one or more sorted sets, "
                + "or block until one is available", SortedSetPops.End.MAX);
    }
}
