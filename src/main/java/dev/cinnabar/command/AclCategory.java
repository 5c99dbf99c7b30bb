package dev.cinnabar.command;

import java.util.Locale;

/** Redis's ACL categories, declared in the order COMMAND INFO lists them. */
public enum AclCategory {
    KEYSPACE, READ, WRITE, SET, SORTEDSET, LIST, HASH, STRING, BITMAP, HYPERLOGLOG, GEO, STREAM, PUBSUB,
    ADMIN, FAST, SLOW, BLOCKING, DANGEROUS, CONNECTION, TRANSACTION, SCRIPTING;

    /** The category's name without the {@code @}, as COMMAND LIST FILTERBY ACLCAT takes it. */
    public String shortName() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The name COMMAND INFO replies with: {@code @read}. */
    public String wireName() {
        return "@" + shortName();
    }

    /** The category of that name ({@code read}, in any case, without the {@code @}), or null. */
    public static AclCategory named(String name) {
        for (AclCategory category : values()) {
            if (category.shortName().equalsIgnoreCase(name)) {
                return category;
            }
        }
        return null;
    }
}
