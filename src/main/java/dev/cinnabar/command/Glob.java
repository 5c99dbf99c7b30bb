package dev.cinnabar.command;

/**
 * Redis's glob-style matching ({@code stringmatchlen}) over bytes: {@code *}, {@code ?}, classes
 * {@code [abc]}, {@code [^a]}, ranges {@code [a-z]}, and {@code \} to escape. Used by KEYS, SCAN MATCH
 * and CONFIG GET.
 */
public final class Glob {

    private Glob() {
    }

    public static boolean matches(byte[] pattern, byte[] text) {
        return match(pattern, 0, text, 0, false, 0);
    }

    public static boolean matchesIgnoreCase(byte[] pattern, byte[] text) {
        return match(pattern, 0, text, 0, true, 0);
    }

    /** True for the pattern {@code *}, which callers can skip matching for. */
    public static boolean matchesAll(byte[] pattern) {
        return pattern.length == 1 && pattern[0] == '*';
    }

    private static boolean match(byte[] p, int pi, byte[] s, int si, boolean nocase, int depth) {
        // Like Redis, bound the recursion that runs of '*' cause.
        if (depth > 1000) {
            return false;
        }
        while (pi < p.length && si < s.length) {
            switch (p[pi]) {
                case '*' -> {
                    while (pi + 1 < p.length && p[pi + 1] == '*') {
                        pi++;
                    }
                    if (pi + 1 == p.length) {
                        return true;
                    }
                    for (int k = si; k < s.length; k++) {
                        if (match(p, pi + 1, s, k, nocase, depth + 1)) {
                            return true;
                        }
                    }
                    return false;
                }
                case '?' -> si++;
                case '[' -> {
                    pi++;
                    boolean not = pi < p.length && p[pi] == '^';
                    if (not) {
                        pi++;
                    }
                    boolean found = false;
                    while (true) {
                        if (pi < p.length && p[pi] == '\\' && pi + 1 < p.length) {
                            pi++;
                            if (same(p[pi], s[si], nocase)) {
                                found = true;
                            }
                        } else if (pi >= p.length) {
                            pi--;
                            break;
                        } else if (p[pi] == ']') {
                            break;
                        } else if (pi + 2 < p.length && p[pi + 1] == '-') {
                            int start = fold(p[pi], nocase);
                            int end = fold(p[pi + 2], nocase);
                            int c = fold(s[si], nocase);
                            if (start > end) {
                                int t = start;
                                start = end;
                                end = t;
                            }
                            pi += 2;
                            if (c >= start && c <= end) {
                                found = true;
                            }
                        } else if (same(p[pi], s[si], nocase)) {
                            found = true;
                        }
                        pi++;
                    }
                    if (not) {
                        found = !found;
                    }
                    if (!found) {
                        return false;
                    }
                    si++;
                }
                case '\\' -> {
                    if (pi + 1 < p.length) {
                        pi++;
                    }
                    if (!same(p[pi], s[si], nocase)) {
                        return false;
                    }
                    si++;
                }
                default -> {
                    if (!same(p[pi], s[si], nocase)) {
                        return false;
                    }
                    si++;
                }
            }
            pi++;
        }
        while (pi < p.length && p[pi] == '*') {
            pi++;
        }
        return pi == p.length && si == s.length;
    }

    private static boolean same(byte a, byte b, boolean nocase) {
        return fold(a, nocase) == fold(b, nocase);
    }

    private static int fold(byte b, boolean nocase) {
        int c = b & 0xff;
        return nocase && c >= 'A' && c <= 'Z' ? c + 32 : c;
    }
}
