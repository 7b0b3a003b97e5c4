package org.gridgov.platform.batching;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.junit.jupiter.api.Test;

class BatcherTest {

    @Test
    void itemsQueuedWhileAGroupIsWorkedOnGoTogetherInTheNextGroupAndEachCallerGetsItsOwnAnswer() throws Exception {
        CountDownLatch firstGroupStarted = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        List<Integer> groupSizes = Collections.synchronizedList(new ArrayList<>());
        Batcher<Integer, String> batcher = new Batcher<>("test", 1, 100, group -> {
            groupSizes.add(group.size());
            firstGroupStarted.countDown();
            await(release);
            return group.stream().map(i -> "answer " + i).toList();
        });
        ExecutorService callers = Executors.newFixedThreadPool(6);
        try {
            Future<List<Batcher.Answer<String>>> first = callers.submit(() -> batcher.call(List.of(0), Duration.ofSeconds(10)));
            assertThat(firstGroupStarted.await(5, TimeUnit.SECONDS)).isTrue();
            List<Future<List<Batcher.Answer<String>>>> later = new ArrayList<>();
            for (int i = 1; i <= 5; i++) {
                int item = i;
                later.add(callers.submit(() -> batcher.call(List.of(item), Duration.ofSeconds(10))));
            }
            Thread.sleep(200); // let the five queue up behind the first group
            release.countDown();

            assertThat(first.get().get(0).value()).isEqualTo("answer 0");
            for (int i = 1; i <= 5; i++) {
                assertThat(later.get(i - 1).get().get(0).value()).isEqualTo("answer " + i);
            }
            assertThat(groupSizes).containsExactly(1, 5);
        } finally {
            callers.shutdownNow();
            batcher.close(Duration.ofSeconds(5));
        }
    }

    @Test
    void aFailingGroupFailsEachOfItsItemsWithTheSameError() {
        Batcher<Integer, String> batcher = new Batcher<>("test", 2, 100, group -> {
            throw new IllegalStateException("the database is gone");
        });
        try {
            List<Batcher.Answer<String>> answers = batcher.call(List.of(1, 2, 3), Duration.ofSeconds(10));
            assertThat(answers).hasSize(3).allSatisfy(answer -> {
                assertThat(answer.failed()).isTrue();
                assertThat(answer.failure()).hasMessage("the database is gone");
            });
        } finally {
            batcher.close(Duration.ofSeconds(5));
        }
    }

    @Test
    void aCallerWaitsNoLongerThanItsLimit() {
        CountDownLatch release = new CountDownLatch(1);
        Batcher<Integer, String> batcher = new Batcher<>("test", 1, 100, group -> {
            await(release);
            return group.stream().map(String::valueOf).toList();
        });
        try {
            List<Batcher.Answer<String>> answers = batcher.call(List.of(1), Duration.ofMillis(100));
            assertThat(answers.get(0).failure()).isInstanceOf(TimeoutException.class);
        } finally {
            release.countDown();
            batcher.close(Duration.ofSeconds(5));
        }
    }

    @Test
    void aGroupFunctionAnsweringTheWrongNumberOfItemsFailsTheGroup() {
        Batcher<Integer, String> batcher = new Batcher<>("test", 1, 100, group -> List.<String>of());
        try {
            List<Batcher.Answer<String>> answers = batcher.call(List.of(1, 2), Duration.ofSeconds(10));
            assertThat(answers).allSatisfy(answer -> assertThat(answer.failed()).isTrue());
        } finally {
            batcher.close(Duration.ofSeconds(5));
        }
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
