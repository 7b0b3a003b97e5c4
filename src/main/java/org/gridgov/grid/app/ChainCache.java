package org.gridgov.grid.app;

import io.micronaut.context.annotation.Value;
import jakarta.inject.Singleton;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * The three-in-one chain above each grid (cell, community, township, district, workers), kept in
 * memory for a short while so that locate answers without touching PostgreSQL. A grid change of
 * this instance or from {@code gridgov.grid.v1} forgets that grid at once, a worker assignment or a
 * new responsible person forgets all; anything else (a change made by another instance to an
 * area's responsible person) is seen after the time to live at the latest.
 */
@Singleton
public class ChainCache {

    private record Entry(Optional<LocateResult> chain, long expiresAtNanos) {
    }

    private final ConcurrentHashMap<String, Entry> chains = new ConcurrentHashMap<>();
    private final long timeToLiveNanos;

    ChainCache(@Value("${gridgov.grid.chain-cache-ttl:30s}") Duration timeToLive) {
        this.timeToLiveNanos = timeToLive.toNanos();
    }

    Optional<LocateResult> chainOf(String gridCode, Supplier<Optional<LocateResult>> load) {
        long now = System.nanoTime();
        Entry entry = chains.get(gridCode);
        if (entry != null && now - entry.expiresAtNanos() < 0) {
            return entry.chain();
        }
        Optional<LocateResult> loaded = load.get();
        if (loaded.isPresent()) {
            chains.put(gridCode, new Entry(loaded, now + timeToLiveNanos));
        }
        return loaded;
    }

    public void forget(String gridCode) {
        chains.remove(gridCode);
    }

    public void forgetAll() {
        chains.clear();
    }
}
