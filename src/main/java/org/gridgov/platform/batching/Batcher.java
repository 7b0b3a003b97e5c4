package org.gridgov.platform.batching;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Turns calls that arrive together into one piece of work: callers queue their items, a few
 * worker threads each take whatever is waiting (up to a maximum) and hand it to the group
 * function as one list. Under load a group holds many items and its fixed cost (a commit, an
 * HTTP exchange) is shared; when idle a group is a single item and waits for nothing.
 *
 * <p>The group function answers one output per input, in order. If it throws, every item of the
 * group fails with that exception.
 *
 * @param <I> an item a caller hands in
 * @param <O> the answer for one item
 */
public final class Batcher<I, O> implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(Batcher.class);

    /** An item's answer, or what its group failed with (including {@link TimeoutException}). */
    public record Answer<O>(O value, Throwable failure) {

        public boolean failed() {
            return failure != null;
        }
    }

    private record Pending<I, O>(I item, CompletableFuture<O> answer) {
    }

    private final Function<List<I>, List<O>> group;
    private final int maxGroup;
    private final BlockingQueue<Pending<I, O>> queue = new LinkedBlockingQueue<>();
    private final List<Thread> workers = new ArrayList<>();
    private volatile boolean closing;

    /**
     * @param name    the worker threads' name prefix
     * @param threads how many groups may be worked on at once; two let one group gather while
     *                another waits for its commit or answer
     */
    public Batcher(String name, int threads, int maxGroup, Function<List<I>, List<O>> group) {
        this.group = group;
        this.maxGroup = Math.max(1, maxGroup);
        for (int i = 0; i < Math.max(1, threads); i++) {
            Thread worker = new Thread(this::work, name + "-" + i);
            worker.setDaemon(true);
            workers.add(worker);
            worker.start();
        }
    }

    /** Queues the items and waits for their answers, at most {@code maxWait} for all of them. */
    public List<Answer<O>> call(List<I> items, Duration maxWait) {
        if (closing) {
            throw new IllegalStateException("shutting down");
        }
        List<CompletableFuture<O>> answers = new ArrayList<>(items.size());
        for (I item : items) {
            CompletableFuture<O> answer = new CompletableFuture<>();
            answers.add(answer);
            queue.add(new Pending<>(item, answer));
        }
        long deadline = System.nanoTime() + maxWait.toNanos();
        List<Answer<O>> results = new ArrayList<>(items.size());
        for (CompletableFuture<O> answer : answers) {
            results.add(await(answer, deadline));
        }
        return results;
    }

    private static <O> Answer<O> await(CompletableFuture<O> answer, long deadline) {
        try {
            return new Answer<>(answer.get(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS), null);
        } catch (ExecutionException e) {
            return new Answer<>(null, e.getCause());
        } catch (TimeoutException e) {
            return new Answer<>(null, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Answer<>(null, e);
        }
    }

    private void work() {
        List<Pending<I, O>> taken = new ArrayList<>(maxGroup);
        while (!closing || !queue.isEmpty()) {
            try {
                Pending<I, O> first = queue.poll(200, TimeUnit.MILLISECONDS);
                if (first == null) {
                    continue;
                }
                taken.add(first);
                queue.drainTo(taken, maxGroup - 1);
                List<O> outputs = group.apply(taken.stream().map(Pending::item).toList());
                if (outputs.size() != taken.size()) {
                    throw new IllegalStateException(outputs.size() + " answers for " + taken.size() + " items");
                }
                for (int i = 0; i < taken.size(); i++) {
                    taken.get(i).answer().complete(outputs.get(i));
                }
            } catch (InterruptedException e) {
                if (!closing) {
                    LOG.warn("{} interrupted; carrying on", Thread.currentThread().getName());
                }
            } catch (RuntimeException | Error e) {
                taken.forEach(p -> p.answer().completeExceptionally(e));
            } finally {
                taken.clear();
            }
        }
    }

    /** Finishes what is queued, then stops the workers (waiting at most {@code wait} for each). */
    public void close(Duration wait) {
        closing = true;
        for (Thread worker : workers) {
            try {
                worker.join(wait.toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    @Override
    public void close() {
        close(Duration.ofSeconds(30));
    }
}
