package dev.cinnabar.management;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** One scrape of {@code /actuator/prometheus} in the text format: each series (name with labels) and its value. */
record Scrape(Map<String, Double> series) {

    private static final Pattern LINE = Pattern.compile("^([a-zA-Z_:][a-zA-Z0-9_:]*)(\\{.*})? (\\S+)$");
    private static final Pattern LABEL = Pattern.compile("(\\w+)=\"((?:[^\"\\\\]|\\\\.)*)\"");

    static Scrape parse(String text) {
        Map<String, Double> series = new LinkedHashMap<>();
        for (String line : text.split("\n")) {
            Matcher m = LINE.matcher(line);
            if (!line.startsWith("#") && m.matches()) {
                series.put(m.group(1) + canonical(m.group(2)), Double.parseDouble(m.group(3)));
            }
        }
        return new Scrape(series);
    }

    /** The value of a series, named as {@code name} plus labels in any order ({@code cmd="get",le="+Inf"}); null if absent. */
    Double value(String name, String... labels) {
        return series.get(name + canonical(labels.length == 0 ? null : "{" + String.join(",", labels) + "}"));
    }

    /** The values one label takes across the series of a metric, e.g. every {@code cmd} of {@code redis_commands_total}. */
    Set<String> labelValues(String name, String label) {
        Set<String> values = new TreeSet<>();
        series.keySet().stream().filter(s -> s.startsWith(name + "{")).forEach(s -> {
            Matcher m = LABEL.matcher(s);
            while (m.find()) {
                if (m.group(1).equals(label)) {
                    values.add(m.group(2));
                }
            }
        });
        return values;
    }

    /** The {@code le} buckets of one histogram series in order, as (bound, cumulative count). */
    List<Map.Entry<Double, Double>> buckets(String name, String labels) {
        return series.entrySet().stream()
                .filter(e -> e.getKey().startsWith(name + "_bucket{") && e.getKey().contains(labels))
                .map(e -> {
                    Matcher m = Pattern.compile("le=\"([^\"]+)\"").matcher(e.getKey());
                    m.find();
                    double bound = m.group(1).equals("+Inf") ? Double.POSITIVE_INFINITY : Double.parseDouble(m.group(1));
                    return Map.entry(bound, e.getValue());
                })
                .sorted(Map.Entry.comparingByKey())
                .toList();
    }

    private static String canonical(String labels) {
        if (labels == null || labels.equals("{}")) {
            return "";
        }
        Set<String> sorted = new TreeSet<>();
        Matcher m = LABEL.matcher(labels);
        while (m.find()) {
            sorted.add(m.group(1) + "=\"" + m.group(2) + "\"");
        }
        return "{" + String.join(",", sorted) + "}";
    }
}
