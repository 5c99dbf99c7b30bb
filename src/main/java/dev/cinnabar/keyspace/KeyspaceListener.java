package dev.cinnabar.keyspace;

/**
 * Hears of the keyspace changes that can wake a blocked client: a key coming into existence, and two
 * databases swapping contents. Called under the execution lock, only while someone is listening.
 */
public interface KeyspaceListener {

    void keyAdded(int db, byte[] key);

    void swapped(int a, int b);
}
