package dev.cinnabar.command;

/** Command flags, with the names COMMAND INFO reports. */
public enum Flag {
    WRITE("write"),
    READONLY("readonly"),
    DENYOOM("denyoom"),
    ADMIN("admin"),
    PUBSUB("pubsub"),
    NOSCRIPT("noscript"),
    BLOCKING("blocking"),
    LOADING("loading"),
    STALE("stale"),
    SKIP_MONITOR("skip_monitor"),
    SKIP_SLOWLOG("skip_slowlog"),
    FAST("fast"),
    NO_AUTH("no_auth"),
    /** Known to the server but, as in Redis, not listed by COMMAND INFO. */
    MAY_REPLICATE(null),
    NO_MULTI("no_multi"),
    ALLOW_BUSY("allow_busy"),
    /** Keys not all at fixed positions (a count argument, or an option such as SORT's STORE); listed last, as Redis does. */
    MOVABLEKEYS("movablekeys");

    private final String wireName;

    Flag(String wireName) {
        this.wireName = wireName;
    }

    /** The name COMMAND INFO lists, or null for a flag Redis keeps to itself. */
    public String wireName() {
        return wireName;
    }
}
