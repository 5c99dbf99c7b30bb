package dev.cinnabar.command.set;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class SetValueTest {

    private static final long MAX = 512;

    private static byte[] b(String s) {
        return s.getBytes(StandardCharsets.ISO_8859_1);
    }

    private static List<String> members(SetValue set) {
        List<String> members = new ArrayList<>();
        for (int i = 0; i < set.size(); i++) {
            members.add(new String(set.member(i), StandardCharsets.ISO_8859_1));
        }
        return members;
    }

    @Test
    void onlyCanonicalIntegersCountAsIntegers() {
        for (String yes : new String[] {"0", "1", "-1", "9223372036854775807", "-9223372036854775808", "10"}) {
            assertThat(SetValue.isInteger(b(yes))).as(yes).isTrue();
        }
        for (String no : new String[] {"", "-", "-0", "+1", "01", " 1", "1 ", "1.0", "9223372036854775808",
                "-9223372036854775809", "a", "0x1", "1e3"}) {
            assertThat(SetValue.isInteger(b(no))).as(no).isFalse();
        }
    }

    @Test
    void theFirstMemberChoosesTheStartingEncoding() {
        assertThat(SetValue.startingWith(b("12")).encoding()).isEqualTo("intset");
        assertThat(SetValue.startingWith(b("x")).encoding()).isEqualTo("hashtable");
        assertThat(SetValue.intset().encoding()).isEqualTo("intset");
        assertThat(SetValue.intset().isEmpty()).isTrue();
        assertThat(SetValue.intset().typeName()).isEqualTo("set");
    }

    @Test
    void anIntsetListsItsMembersAscendingAndAnswersTextualLookups() {
        SetValue set = SetValue.intset();
        for (String m : new String[] {"30", "-5", "10", "10"}) {
            set.add(b(m), MAX);
        }
        assertThat(members(set)).containsExactly("-5", "10", "30");
        assertThat(set.contains(b("10"))).isTrue();
        assertThat(set.contains(b("010"))).isFalse();
        assertThat(set.contains(b("ten"))).isFalse();
        assertThat(set.remove(b("+10"))).isFalse();
        assertThat(set.remove(b("10"))).isTrue();
        assertThat(members(set)).containsExactly("-5", "30");
    }

    @Test
    void aNonIntegerMemberConvertsToATableForGood() {
        SetValue set = SetValue.intset();
        set.add(b("1"), MAX);
        assertThat(set.add(b("a"), MAX)).isTrue();
        assertThat(set.encoding()).isEqualTo("hashtable");
        assertThat(set.remove(b("a"))).isTrue();
        set.add(b("2"), MAX);
        assertThat(set.encoding()).isEqualTo("hashtable");
        assertThat(new HashSet<>(members(set))).containsExactlyInAnyOrder("1", "2");
    }

    @Test
    void passingTheThresholdConvertsButOnlyWhenAMemberIsAdded() {
        SetValue set = SetValue.intset();
        for (int i = 0; i < 3; i++) {
            set.add(b(Integer.toString(i)), 3);
        }
        assertThat(set.encoding()).isEqualTo("intset");
        assertThat(set.add(b("2"), 1)).isFalse();
        assertThat(set.encoding()).as("nothing added, nothing converted").isEqualTo("intset");
        set.add(b("3"), 3);
        assertThat(set.encoding()).isEqualTo("hashtable");
        assertThat(set.size()).isEqualTo(4);
        SetValue zero = SetValue.intset();
        zero.add(b("7"), 0);
        assertThat(zero.encoding()).isEqualTo("hashtable");
    }

    @Test
    void membersOfOneSetTestAndAddAcrossEncodings() {
        SetValue ints = SetValue.intset();
        SetValue table = SetValue.startingWith(b("x"));
        for (String m : new String[] {"1", "2", "3"}) {
            ints.add(b(m), MAX);
            table.add(b(m), MAX);
        }
        for (int i = 0; i < 3; i++) {
            assertThat(table.containsMemberOf(ints, i)).isTrue();
            assertThat(ints.containsMemberOf(table, i)).isTrue();
        }
        SetValue other = SetValue.intset();
        other.add(b("2"), MAX);
        assertThat(other.containsMemberOf(ints, 0)).isFalse();
        assertThat(other.containsMemberOf(ints, 1)).isTrue();
        SetValue union = SetValue.intset();
        for (int i = 0; i < 3; i++) {
            union.addMemberOf(ints, i, MAX);
            union.addMemberOf(table, i, MAX);
        }
        assertThat(members(union)).containsExactly("1", "2", "3");
        assertThat(union.encoding()).isEqualTo("intset");
    }

    @Test
    void aCopySharesNoChanges() {
        SetValue ints = SetValue.intset();
        ints.add(b("1"), MAX);
        SetValue intsCopy = ints.copy();
        intsCopy.add(b("2"), MAX);
        ints.remove(b("1"));
        assertThat(members(ints)).isEmpty();
        assertThat(members(intsCopy)).containsExactly("1", "2");
        SetValue table = SetValue.startingWith(b("a"));
        table.add(b("a"), MAX);
        SetValue tableCopy = table.copy();
        tableCopy.add(b("b"), MAX);
        assertThat(members(table)).containsExactly("a");
        assertThat(tableCopy.encoding()).isEqualTo("hashtable");
        assertThat(new HashSet<>(members(tableCopy))).containsExactlyInAnyOrder("a", "b");
    }

    @Test
    void scanningATableVisitsEveryMemberOnce() {
        SetValue set = SetValue.startingWith(b("m"));
        Set<String> expected = new HashSet<>();
        for (int i = 0; i < 1000; i++) {
            set.add(b("m" + i), MAX);
            expected.add("m" + i);
        }
        List<String> seen = new ArrayList<>();
        long cursor = 0;
        do {
            cursor = set.scan(cursor, m -> seen.add(new String(m, StandardCharsets.ISO_8859_1)));
        } while (cursor != 0);
        assertThat(seen).hasSize(1000);
        assertThat(new HashSet<>(seen)).isEqualTo(expected);
    }

    @Test
    void scanningAnIntsetReturnsEverythingWithCursorZero() {
        SetValue set = SetValue.intset();
        set.add(b("2"), MAX);
        set.add(b("1"), MAX);
        List<String> seen = new ArrayList<>();
        assertThat(set.scan(12345, m -> seen.add(new String(m, StandardCharsets.ISO_8859_1)))).isZero();
        assertThat(seen).containsExactly("1", "2");
    }

    @Test
    void replaceWithTakesOverTheOtherSetsEncoding() {
        SetValue table = SetValue.startingWith(b("a"));
        table.add(b("a"), MAX);
        SetValue ints = SetValue.intset();
        ints.add(b("5"), MAX);
        table.replaceWith(ints);
        assertThat(table.encoding()).isEqualTo("intset");
        assertThat(members(table)).containsExactly("5");
    }
}
