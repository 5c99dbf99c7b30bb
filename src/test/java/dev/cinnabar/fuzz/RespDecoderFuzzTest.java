package dev.cinnabar.fuzz;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.cinnabar.resp.DecoderHarness;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Any bytes, cut anywhere, make the decoder emit requests, wait for more, or emit one protocol error
 * last; never throw. And the cuts never change the result (inputs stay under the inline limit, the one
 * place where Redis too depends on how the bytes arrive).
 */
class RespDecoderFuzzTest {

    @FuzzTest(maxDuration = "60s")
    void anyInputDecodesOrFailsCleanly(FuzzedDataProvider data) {
        int[] cuts = new int[data.consumeInt(0, 8)];
        for (int i = 0; i < cuts.length; i++) {
            cuts[i] = data.consumeInt(0, 4096);
        }
        byte[] input = data.consumeRemainingAsBytes();
        for (int i = 0; i < cuts.length; i++) {
            cuts[i] = input.length == 0 ? 0 : cuts[i] % (input.length + 1);
        }
        Arrays.sort(cuts);

        List<String> whole = DecoderHarness.decode(input);
        List<String> pieces = DecoderHarness.decode(input, cuts);

        assertWellFormed(whole);
        assertThat(pieces).as("cut at %s", Arrays.toString(cuts)).isEqualTo(whole);
    }

    private static void assertWellFormed(List<String> emitted) {
        List<String> errors = new ArrayList<>();
        for (String message : emitted) {
            if (message.startsWith("ERR ")) {
                errors.add(message);
            } else {
                assertThat(message).as("a request").startsWith("[");
            }
        }
        assertThat(errors.size()).as("protocol errors").isLessThanOrEqualTo(1);
        if (!errors.isEmpty()) {
            assertThat(emitted.get(emitted.size() - 1)).as("the protocol error comes last").isEqualTo(errors.get(0));
        }
    }
}
