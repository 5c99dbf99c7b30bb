package dev.cinnabar.command.connection;

import dev.cinnabar.command.Argument;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ArgumentSyntaxTest {

    @Test
    void valuesTokensAndFlags() {
        List<Argument> args = Argument.parse("key value [NX|XX] [EX seconds:integer] [member ...]");
        assertThat(args).extracting(Argument::name).containsExactly("key", "value", "nx_xx", "seconds", "member");
        assertThat(args.get(0).type()).isEqualTo("key");
        assertThat(args.get(1).type()).isEqualTo("string");
        Argument choice = args.get(2);
        assertThat(choice.type()).isEqualTo("oneof");
        assertThat(choice.optional()).isTrue();
        assertThat(choice.arguments()).extracting(Argument::token).containsExactly("NX", "XX");
        assertThat(choice.arguments()).extracting(Argument::type).containsOnly("pure-token");
        assertThat(args.get(3)).isEqualTo(new Argument("seconds", "integer", "EX", true, false, List.of()));
        assertThat(args.get(4).multiple()).isTrue();
    }

    @Test
    void groupsAndTokensBeforeGroups() {
        List<Argument> args = Argument.parse("[TYPE (A|B)] (name value) ... ip:port");
        assertThat(args.get(0).token()).isEqualTo("TYPE");
        assertThat(args.get(0).type()).isEqualTo("oneof");
        assertThat(args.get(0).optional()).isTrue();
        assertThat(args.get(1).type()).isEqualTo("block");
        assertThat(args.get(1).multiple()).isTrue();
        assertThat(args.get(1).arguments()).extracting(Argument::name).containsExactly("name", "value");
        assertThat(args.get(2).name()).isEqualTo("ip:port");
    }

    @Test
    void unbalancedSyntaxIsRejected() {
        assertThatThrownBy(() -> Argument.parse("[a")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Argument.parse("a ]")).isInstanceOf(IllegalArgumentException.class);
    }
}
