package dev.cinnabar.command.zset;

import dev.cinnabar.command.Call;
import dev.cinnabar.command.RedisError;
import dev.cinnabar.command.Settings;
import dev.cinnabar.command.set.SetValue;
import dev.cinnabar.keyspace.Entry;
import dev.cinnabar.resp.Numbers;

import java.util.Arrays;
import java.util.Comparator;

/**
 * ZUNION, ZINTER and ZDIFF, their STORE forms, and ZINTERCARD, after Redis's
 * {@code zunionInterDiffGenericCommand}: {@code numkeys key [key ...]} and then, depending on the
 * command, WEIGHTS, AGGREGATE, WITHSCORES or LIMIT. The keys are looked up (and their types checked)
 * before the options are read, as in Redis.
 */
final class SetOperation {

    enum Kind { UNION, INTER, DIFF }

    private enum Aggregate { SUM, MIN, MAX }

    private static final RedisError WEIGHT = new RedisError("ERR weight value is not a float");
    private static final RedisError NEGATIVE_LIMIT = new RedisError("ERR LIMIT can't be negative");

    private final Kind kind;
    private final boolean store;
    private final boolean cardinality;
    private ScoredInput[] inputs;
    private double[] weights;
    private Aggregate aggregate = Aggregate.SUM;
    private boolean withScores;
    private long limit;

    private SetOperation(Kind kind, boolean store, boolean cardinality) {
        this.kind = kind;
        this.store = store;
        this.cardinality = cardinality;
    }

    /** ZUNION, ZINTER or ZDIFF, replying with the result. */
    static void reply(Call call, Kind kind) {
        new SetOperation(kind, false, false).run(call, null);
    }

    /** ZUNIONSTORE, ZINTERSTORE or ZDIFFSTORE: the result replaces argument 1, and the reply is its size. */
    static void store(Call call, Kind kind, Settings settings) {
        new SetOperation(kind, true, false).run(call, settings);
    }

    /** ZINTERCARD: the size of the intersection, counted up to LIMIT when it is not 0. */
    static void intersectionSize(Call call) {
        new SetOperation(Kind.INTER, false, true).run(call, null);
    }

    /** The input a key's value makes: a sorted set as it is, a plain set with each member scored 1; no other type. */
    private static ScoredInput scoredInput(Object value) {
        if (value instanceof SortedSet zset) {
            return zset;
        }
        if (value instanceof SetValue set) {
            return new SetInput(set);
        }
        throw RedisError.WRONG_TYPE;
    }

    private void run(Call call, Settings settings) {
        int numKeysIndex = store ? 2 : 1;
        long numKeys = call.integer(numKeysIndex);
        if (numKeys < 1) {
            throw new RedisError("ERR at least 1 input key is needed for '" + call.commandName() + "' command");
        }
        if (numKeys > call.argc() - numKeysIndex - 1) {
            throw RedisError.SYNTAX;
        }
        int n = (int) numKeys;
        inputs = new ScoredInput[n];
        weights = new double[n];
        for (int i = 0; i < n; i++) {
            Entry entry = call.database().read(call.arg(numKeysIndex + 1 + i), call.now());
            inputs[i] = entry == null ? null : scoredInput(entry.value());
            weights[i] = 1;
        }
        options(call, numKeysIndex + 1 + n);
        ElementList result = switch (kind) {
            case UNION -> union();
            case INTER -> intersection();
            case DIFF -> difference();
        };
        if (cardinality) {
            call.reply().integer(limit > 0 ? Math.min(limit, result.size()) : result.size());
            return;
        }
        result.sort();
        if (store) {
            byte[] destination = call.arg(1);
            if (result.size() == 0) {
                call.database().delete(destination, call.now());
            } else {
                call.database().put(destination, SortedSet.of(result, settings), call.now());
            }
            call.reply().integer(result.size());
            return;
        }
        ElementReplies.begin(call.reply(), result.size(), withScores);
        for (int i = 0; i < result.size(); i++) {
            ElementReplies.element(call.reply(), result.member(i), result.score(i), withScores);
        }
    }

    private void options(Call call, int from) {
        int n = inputs.length;
        boolean combines = kind != Kind.DIFF && !cardinality;
        for (int i = from; i < call.argc(); ) {
            int remaining = call.argc() - i;
            if (combines && remaining >= n + 1 && call.is(i, "weights")) {
                for (int k = 0; k < n; k++) {
                    weights[k] = Scores.parse(call.arg(i + 1 + k), WEIGHT);
                }
                i += n + 1;
            } else if (combines && remaining >= 2 && call.is(i, "aggregate")) {
                aggregate = switch (call.option(i + 1)) {
                    case "sum" -> Aggregate.SUM;
                    case "min" -> Aggregate.MIN;
                    case "max" -> Aggregate.MAX;
                    default -> throw RedisError.SYNTAX;
                };
                i += 2;
            } else if (!store && !cardinality && call.is(i, "withscores")) {
                withScores = true;
                i++;
            } else if (cardinality && remaining >= 2 && call.is(i, "limit")) {
                // -1 is negative too, so it also stands for "not an integer".
                limit = Numbers.parseLong(call.arg(i + 1), -1);
                if (limit < 0) {
                    throw NEGATIVE_LIMIT;
                }
                i += 2;
            } else {
                throw RedisError.SYNTAX;
            }
        }
    }

    /** Orders the inputs (with their weights) from the smallest, as Redis does before a union or intersection. */
    private void smallestFirst() {
        Integer[] order = new Integer[inputs.length];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        Arrays.sort(order, Comparator.comparingInt(i -> size(inputs[i])));
        ScoredInput[] sortedInputs = new ScoredInput[inputs.length];
        double[] sortedWeights = new double[inputs.length];
        for (int i = 0; i < order.length; i++) {
            sortedInputs[i] = inputs[order[i]];
            sortedWeights[i] = weights[order[i]];
        }
        inputs = sortedInputs;
        weights = sortedWeights;
    }

    private ElementList union() {
        smallestFirst();
        ScoreTable accumulator = new ScoreTable(size(inputs[inputs.length - 1]));
        for (int i = 0; i < inputs.length; i++) {
            if (inputs[i] == null) {
                continue;
            }
            double weight = weights[i];
            inputs[i].forEach((member, score) -> {
                double weighted = weighted(weight, score);
                int slot = accumulator.find(member);
                if (slot < 0) {
                    accumulator.add(member, weighted);
                } else {
                    accumulator.setScore(slot, combine(accumulator.score(slot), weighted));
                }
            });
        }
        ElementList result = new ElementList(accumulator.size());
        for (int slot = 0; slot < accumulator.size(); slot++) {
            result.add(accumulator.key(slot), accumulator.score(slot));
        }
        return result;
    }

    private ElementList intersection() {
        smallestFirst();
        ElementList result = new ElementList(size(inputs[0]));
        if (size(inputs[0]) == 0) {
            return result;
        }
        inputs[0].forEach((member, score) -> {
            double combined = weighted(weights[0], score);
            for (int i = 1; i < inputs.length; i++) {
                double other = inputs[i].score(member);
                if (Double.isNaN(other)) {
                    return;
                }
                combined = combine(combined, other * weights[i]);
            }
            result.add(member, combined);
        });
        return result;
    }

    private ElementList difference() {
        ElementList result = new ElementList(size(inputs[0]));
        if (size(inputs[0]) == 0) {
            return result;
        }
        inputs[0].forEach((member, score) -> {
            for (int i = 1; i < inputs.length; i++) {
                if (inputs[i] != null && !Double.isNaN(inputs[i].score(member))) {
                    return;
                }
            }
            result.add(member, score);
        });
        return result;
    }

    /** A weighted score; 0 times infinity counts as 0, as in Redis. */
    private static double weighted(double weight, double score) {
        double value = weight * score;
        return Double.isNaN(value) ? 0 : value;
    }

    /** Redis's aggregation: a sum of opposite infinities is 0, and MIN and MAX ignore a NaN value. */
    private double combine(double target, double value) {
        return switch (aggregate) {
            case SUM -> {
                double sum = target + value;
                yield Double.isNaN(sum) ? 0 : sum;
            }
            case MIN -> value < target ? value : target;
            case MAX -> value > target ? value : target;
        };
    }

    private static int size(ScoredInput input) {
        return input == null ? 0 : input.size();
    }
}
