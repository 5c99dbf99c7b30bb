package dev.cinnabar.diff;

import dev.cinnabar.resp.InlineSplitter;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * A differential script: one command per line with redis-cli quoting; {@code #} comments and blank
 * lines ignored; a leading {@code !} compares only the reply's shape, a leading {@code ~} compares the
 * reply's elements in any order (for replies ordered by a hash table); {@code @sleep ms} pauses.
 */
record DiffScript(String name, List<Step> steps) {

    sealed interface Step permits Send, Sleep {
        int line();
    }

    /** How a reply is compared with redis-server's. */
    enum Match { EXACT, SHAPE, UNORDERED }

    record Send(int line, String text, byte[][] args, Match match) implements Step {
    }

    record Sleep(int line, long millis) implements Step {
    }

    static DiffScript parse(String name, String content) {
        List<Step> steps = new ArrayList<>();
        String[] lines = content.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            int number = i + 1;
            String line = lines[i].strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            if (line.startsWith("@")) {
                String[] words = line.split("\\s+");
                if (!words[0].equals("@sleep") || words.length != 2) {
                    throw new IllegalArgumentException(name + ":" + number + ": unknown directive " + line);
                }
                steps.add(new Sleep(number, Long.parseLong(words[1])));
                continue;
            }
            Match match = line.startsWith("!") ? Match.SHAPE : line.startsWith("~") ? Match.UNORDERED : Match.EXACT;
            String command = match == Match.EXACT ? line : line.substring(1).strip();
            byte[][] args = InlineSplitter.split(command.getBytes(StandardCharsets.UTF_8));
            if (args == null || args.length == 0) {
                throw new IllegalArgumentException(name + ":" + number + ": unbalanced quotes or no command: " + line);
            }
            steps.add(new Send(number, command, args, match));
        }
        return new DiffScript(name, steps);
    }
}
