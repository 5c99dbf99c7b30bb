package dev.cinnabar.command.zset;

import org.springframework.stereotype.Component;

/** ZPOPMIN key [count]. */
@Component
final class ZPopMinCommand extends PopCommand {

    ZPopMinCommand() {
        super("zpopmin", "Remove and return members with the lowest scores in a sorted set", SortedSetPops.End.MIN);
    }
}
