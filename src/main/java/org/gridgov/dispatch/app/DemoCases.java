package org.gridgov.dispatch.app;

import io.micronaut.context.annotation.Requires;
import io.micronaut.context.event.ApplicationEventListener;
import io.micronaut.context.event.StartupEvent;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;
import org.gridgov.dispatch.domain.Actor;
import org.gridgov.dispatch.domain.ActorRole;
import org.gridgov.dispatch.domain.Case;
import org.gridgov.dispatch.domain.GeoPoint;
import org.gridgov.dispatch.domain.GridChain;
import org.gridgov.dispatch.domain.LimitUnit;
import org.gridgov.dispatch.domain.NewCase;
import org.gridgov.dispatch.domain.Outcome;
import org.gridgov.dispatch.domain.Priority;
import org.gridgov.dispatch.domain.PhaseLimits;
import org.gridgov.dispatch.domain.Rating;
import org.gridgov.dispatch.domain.Source;
import org.gridgov.dispatch.domain.TimeLimit;
import org.gridgov.dispatch.domain.WorkingTime;
import org.gridgov.dispatch.persistence.CaseStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Demo cases in 沣水镇's 矿山社区, lived through the real lifecycle with past timestamps so the
 * dashboard and the KPIs have history: closed on time, closed late, in progress, overdue (the
 * deadline scan escalates it), waiting for registration, rejected. Idempotent: fixed ids.
 */
@Singleton
@Requires(property = "gridgov.demo.enabled", value = "true")
class DemoCases implements ApplicationEventListener<StartupEvent> {

    private static final Logger LOG = LoggerFactory.getLogger(DemoCases.class);
    private static final GridChain KUANGSHAN = new GridChain("370303102001001", "370303102001", "370303102", "370303");
    private static final GeoPoint POINT = new GeoPoint(36.7712, 117.9891);
    private static final Actor WORKER = new Actor("worker", ActorRole.WORKER);
    private static final Actor CGJ = new Actor("dispatcher", ActorRole.DISPATCHER);
    private static final Actor TOWNSHIP = new Actor("township", ActorRole.TOWNSHIP);
    private static final List<String> PHOTO = List.of("5e1f0c3a2b4d6e8f90a1b2c3d4e5f60718293a4b5c6d7e8f9a0b1c2d3e4f5a6b");

    private final CaseStore store;
    private final CaseRecorder recorder;
    private final CaseNumbers numbers;
    private final WorkingTime calendar;
    private final PhaseLimits limits;
    private final Clock clock;

    DemoCases(CaseStore store, CaseRecorder recorder, CaseNumbers numbers, WorkingTime calendar, PhaseLimits limits,
              Clock clock) {
        this.limits = limits;
        this.store = store;
        this.recorder = recorder;
        this.numbers = numbers;
        this.calendar = calendar;
        this.clock = clock;
    }

    @Override
    @Transactional
    public void onApplicationEvent(StartupEvent event) {
        Instant now = clock.instant();
        Instant t = now.minus(Duration.ofDays(6));
        demo(1, "0102", "暴露垃圾 beside the market", Source.WORKER, "worker", "CGJ", 4, LimitUnit.WORKING_HOUR, t)
                .then(c -> c.accept(CGJ, "crew sent", t.plus(Duration.ofMinutes(30))))
                .then(c -> c.resolve(CGJ, "cleared", PHOTO, t.plus(Duration.ofHours(2)), calendar, limits))
                .then(c -> c.verify(WORKER, true, "clean", PHOTO, t.plus(Duration.ofHours(3)), calendar, limits))
                .then(c -> c.close(TOWNSHIP, null, t.plus(Duration.ofHours(4))))
                .then(c -> c.rate(new Actor("worker", ActorRole.REPORTER), Rating.SATISFIED, null,
                        t.plus(Duration.ofHours(5)), calendar));
        Instant u = now.minus(Duration.ofDays(9));
        demo(2, "0106", "积存垃圾渣土 in the lane", Source.WORKER, "worker", "CGJ", 1, LimitUnit.WORKING_DAY, u)
                .then(c -> c.accept(CGJ, null, u.plus(Duration.ofHours(1))))
                .then(c -> c.resolve(CGJ, "removed with a loader", PHOTO, now.minus(Duration.ofDays(5)), calendar, limits))
                .then(c -> c.verify(WORKER, true, null, PHOTO, now.minus(Duration.ofDays(5)).plus(Duration.ofHours(2)), calendar, limits))
                .then(c -> c.close(TOWNSHIP, null, now.minus(Duration.ofDays(5)).plus(Duration.ofHours(3))));
        Instant v = now.minus(Duration.ofDays(2));
        demo(3, "0601", "邻里纠纷 over a shared wall", Source.WORKER, "worker", "370303102-SFS", 5, LimitUnit.WORKING_DAY, v)
                .then(c -> c.accept(new Actor("sfs", ActorRole.DISPATCHER), "mediator assigned", v.plus(Duration.ofHours(1))));
        demo(4, "0303", "道路破损 at the crossroads", Source.WORKER, "worker", "JTJ", 3, LimitUnit.WORKING_DAY,
                now.minus(Duration.ofDays(10)));
        demo(5, "0501", "占道经营 on the main street", Source.CITIZEN, "zibo-12345-app", "CGJ", 4, LimitUnit.WORKING_HOUR,
                now.minus(Duration.ofHours(3)));
        Instant w = now.minus(Duration.ofDays(1));
        demo(6, "0201", "违章张贴小广告 on a pole", Source.CITIZEN, "zibo-12345-app", "CGJ", 1, LimitUnit.WORKING_DAY, w)
                .then(c -> c.reject(TOWNSHIP, "already removed by the community", w.plus(Duration.ofHours(2))));
    }

    /** A case being played through; a no-op once the case exists. */
    private final class Play {
        private Case current;

        Play(Case current) {
            this.current = current;
        }

        Play then(Function<Case, Outcome> step) {
            if (current != null) {
                current = recorder.recordChanged(step.apply(current));
            }
            return this;
        }
    }

    private Play demo(int n, String category, String description, Source source, String reporter, String department,
                      int limit, LimitUnit unit, Instant reportedAt) {
        UUID id = UUID.nameUUIDFromBytes(("gridgov-demo-case-" + n).getBytes(StandardCharsets.UTF_8));
        if (store.exists(id)) {
            return new Play(null);
        }
        NewCase request = new NewCase(id, numbers.next(), category, Priority.NORMAL, source, reporter, description,
                KUANGSHAN, POINT, UUID.nameUUIDFromBytes(("gridgov-demo-report-" + n).getBytes(StandardCharsets.UTF_8)),
                department, false, new TimeLimit(limit, unit), reportedAt);
        LOG.info("demo case {} ({})", request.number(), description);
        return new Play(recorder.recordNew(Case.open(request, reportedAt, calendar)));
    }
}
