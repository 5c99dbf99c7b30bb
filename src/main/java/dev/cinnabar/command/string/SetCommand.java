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

/** SET key value [NX | XX] [GET] [EX s | PX ms | EXAT ts | PXAT ms-ts | KEEPTTL]. */
@Component
final class SetCommand extends SpecifiedCommand {

    SetCommand() {
        super(CommandSpec.of("set", -3, Group.STRING)
                .flags(Flag.WRITE, Flag.DENYOOM).keys(1, 1, 1)
                .summary("Set the string value of a key"));
    }

    @Override
    public void execute(Call call) {
        boolean nx = false;
        boolean xx = false;
        boolean get = false;
        ExpiryOption expiry = ExpiryOption.forSet();
        for (int i = 3; i < call.argc(); i++) {
            String option = call.option(i);
            int last;
            if (option.equals("nx") && !xx) {
                nx = true;
            } else if (option.equals("xx") && !nx) {
                xx = true;
            } else if (option.equals("get")) {
                get = true;
            } else if ((last = expiry.accept(call, i)) >= 0) {
                i = last;
            } else {
                throw RedisError.SYNTAX;
            }
        }
        long deadline = expiry.deadline(call);
        Database db = call.database();
        byte[] key = call.arg(1);
        Entry entry = get ? readForGet(call, key) : db.lookup(key, call.now());
        if ((nx && entry != null) || (xx && entry == null)) {
            if (!get) {
                call.reply().nullBulk();
            }
            return;
        }
        StringWrites.store(db, entry, key, call.arg(2), deadline, expiry.keepTtl());
        if (!get) {
            call.reply().ok();
        }
    }

    /** With GET the old value is the reply, written before the write happens; a non-string fails the whole SET. */
    private static Entry readForGet(Call call, byte[] key) {
        Entry entry = call.database().read(key, call.now());
        Strings.reply(call.reply(), entry == null ? null : Strings.of(entry));
        return entry;
    }
}
