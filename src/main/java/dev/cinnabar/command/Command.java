package dev.cinnabar.command;

/**
 * A Redis command: a declarative {@link CommandSpec} and a body. Implementations are Spring components;
 * the {@link CommandTable} collects them by name. The dispatcher has already checked the arity and
 * authentication when {@link #execute} runs, and holds the execution lock, so a body only parses its
 * own options, reads or writes the keyspace, and writes one reply. Errors are thrown as
 * {@link RedisError}s, before anything is written.
 */
public interface Command {

    CommandSpec spec();

    void execute(Call call);
}
