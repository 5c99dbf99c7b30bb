package dev.cinnabar.command;

/** The documentation group of a command, as COMMAND DOCS names it, with its ACL category. */
public enum Group {
    CONNECTION("connection", "@connection"),
    GENERIC("generic", "@keyspace"),
    SERVER("server", null),
    STRING("string", "@string"),
    HASH("hash", "@hash"),
    LIST("list", "@list"),
    SET("set", "@set"),
    SORTED_SET("sorted-set", "@sortedset"),
    TRANSACTIONS("transactions", "@transaction");

    private final String docName;
    private final String aclCategory;

    Group(String docName, String aclCategory) {
        this.docName = docName;
        this.aclCategory = aclCategory;
    }

    public String docName() {
        return docName;
    }

    /** The ACL category every command of the group belongs to, or null. */
    public String aclCategory() {
        return aclCategory;
    }
}
