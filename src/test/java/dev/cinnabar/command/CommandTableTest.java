package dev.cinnabar.command;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CommandTableTest {

    private final CommandHarness redis = new CommandHarness();

    @AfterEach
    void close() {
        redis.close();
    }

    private static Command named(String name) {
        return new SpecifiedCommand(CommandSpec.of(name, 1, Group.SERVER).summary("test")) {
            @Override
            public void execute(Call call) {
                call.reply().ok();
            }
        };
    }

    @Test
    void twoCommandsWithOneNameFailStartUp() {
        assertThatThrownBy(() -> new CommandTable(List.of(named("dup"), named("DUP"))))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("Two commands are named 'dup'");
    }

    @Test
    void lookupIgnoresCaseAndFindsSubcommands() {
        CommandTable table = redis.bean(CommandTable.class);
        assertThat(table.lookup("get".getBytes(StandardCharsets.UTF_8)).spec().name()).isEqualTo("get");
        assertThat(table.lookup("gEt".getBytes(StandardCharsets.UTF_8)).spec().name()).isEqualTo("get");
        assertThat(table.lookup("ge".getBytes(StandardCharsets.UTF_8))).isNull();
        assertThat(table.lookup("CLIENT".getBytes(StandardCharsets.UTF_8))
                .subcommand("List".getBytes(StandardCharsets.UTF_8)).spec().name()).isEqualTo("client|list");
    }

    @Test
    void everyCommandCarriesItsMetadata() {
        for (CommandTable.Entry entry : redis.bean(CommandTable.class).allEntries()) {
            CommandSpec spec = entry.spec();
            assertThat(spec.arity()).as(spec.name()).isNotZero();
            assertThat(spec.summary()).as(spec.name()).isNotBlank();
            assertThat(spec.group()).as(spec.name()).isNotNull();
            if (spec.firstKey() > 0) {
                assertThat(spec.step()).as(spec.name() + " key step").isPositive();
            }
        }
    }
}
