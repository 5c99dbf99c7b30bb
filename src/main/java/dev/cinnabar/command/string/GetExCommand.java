package dev.cinnabar.command.string;

import dev.cinnabar.command.Call;
import dev.cinnabar.command.CommandSpec;
import dev.cinnabar.command.Flag;
import dev.cinnabar.command.Group;
import dev.cinnabar.command.RedisError;
import dev.cinnabar.command.SpecifiedCommand;
import dev.cinnabar.keyspace.Database;
import dev.cinnabar.keyspace.Entry;
import org.springframework.stereotype.Component;

/** GETEX key [EX s | PX ms | EXAT ts | PXAT ms-ts | PERSIST]: the string value, changing the key's TTL. */
@Component
final class GetExCommand extends SpecifiedCommand {

    GetExCommand() {
        super(CommandSpec.of("getex", -2, Group.STRING)
                .flags(Flag.WRITE, Flag.FAST).keys(1, 1, 1).since("6.2.0")
                .summary("Get the value of a key and optionally set its expiration"));
    }

    @Override
    public void execute(Call call) {
        ExpiryOption expiry = ExpiryOption.forGetex();
        for (int i = 2; i < call.argc(); i++) {
            int last = expiry.accept(call, i);
            if (last < 0) {
                throw RedisError.SYNTAX;
            }
            i = last;
        }
        Database db = call.database();
        Entry entry = db.read(call.arg(1), call.now());
        if (entry == null) {
            // Redis looks the key up before it reads the TTL value: a missing key hides a bad one.
            call.reply().nullBulk();
            return;
        }
        Object value = Strings.of(entry);
        long deadline = expiry.deadline(call);
        Strings.reply(call.reply(), value);
        if (expiry.absolute() && deadline <= call.now()) {
            db.remove(entry);
        } else if (expiry.timed()) {
            db.expireAt(entry, deadline);
        } else if (expiry.persist()) {
            db.persist(entry);
        }
    }
}
