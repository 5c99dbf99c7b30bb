package dev.cinnabar.command.zset;

import org.springframework.stereotype.Component;

/** ZPOPMAX key [count]. */
@Component
final class ZPopMaxCommand extends PopCommand {

    ZPopMaxCommand() {
        super("zpopmax", "Remove and return members with the highest scores in a sorted set", SortedSetPops.End.MAX);
    }
}
