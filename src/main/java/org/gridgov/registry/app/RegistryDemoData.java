package org.gridgov.registry.app;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.gridgov.registry.domain.Adoption;
import org.gridgov.registry.domain.HalfYear;
import org.gridgov.registry.domain.KpiReading;
import org.gridgov.registry.domain.Measure;
import org.gridgov.registry.domain.MeasureStatus;
import org.gridgov.registry.domain.MonthlySupervision;
import org.gridgov.registry.domain.Nomination;
import org.gridgov.registry.domain.NominatorKind;
import org.gridgov.registry.domain.NoticeKind;
import org.gridgov.registry.domain.Round;
import org.gridgov.registry.domain.ShowcaseSite;
import org.gridgov.registry.domain.SiteKind;
import org.gridgov.registry.domain.Stage;
import org.gridgov.registry.persistence.Measures;
import org.gridgov.registry.persistence.Rounds;
import org.gridgov.registry.persistence.SupervisionRows;

/**
 * Zibo's register as the reform report describes it: the six published rounds 2016H1–2018H2 with
 * ten measures each (the named measures plus measures titled "【示例】", which are samples), the
 * showcase sites, and two months of supervision. The figures of the summary follow from the flags
 * in {@code registry/demo-measures.csv}. Loading twice changes nothing: every row is keyed by a
 * natural key (title, round code, site id, district and month) and skipped when present.
 */
@Singleton
public class RegistryDemoData {

    private static final int DEMO_QUOTA = 10;
    /** The facts of a measure that the demo data may have assumed, as the API names the fields. */
    static final List<String> MEASURE_FACTS = List.of("title", "summary", "domains", "leadUnit", "district", "originRound",
            "informatizationDriven", "institutionalInnovation", "status", "adoptions");
    /** The facts of a showcase site that the demo data may have assumed; {@code kpis} are its figures. */
    static final List<String> SITE_FACTS = List.of("name", "kind", "measure", "location", "description", "kpis");
    private final Measures measures;
    private final Rounds rounds;
    private final ShowcaseSites sites;
    private final SuperviseDistricts supervision;
    private final SupervisionRows supervisionRows;
    private final Clock clock;

    RegistryDemoData(Measures measures, Rounds rounds, ShowcaseSites sites, SuperviseDistricts supervision,
            SupervisionRows supervisionRows, Clock clock) {
        this.measures = measures;
        this.rounds = rounds;
        this.sites = sites;
        this.supervision = supervision;
        this.supervisionRows = supervisionRows;
        this.clock = clock;
    }

    @Transactional
    public void load() {
        loadRounds();
        loadSites();
        loadKpis();
        loadSupervision();
    }

    private void loadRounds() {
        Map<HalfYear, List<Map<String, String>>> byRound = new LinkedHashMap<>();
        for (Map<String, String> row : csv("demo-measures.csv")) {
            byRound.computeIfAbsent(HalfYear.parse(row.get("round")), code -> new ArrayList<>()).add(row);
        }
        byRound.forEach((code, rows) -> {
            List<Nomination> nominations = new ArrayList<>();
            for (Map<String, String> row : rows) {
                Measure measure = measures.byTitle(row.get("title"))
                        .map(stored -> withDemoAssumptions(stored, row))
                        .orElseGet(() -> insertMeasure(code, row));
                nominations.add(historicNomination(code, measure));
            }
            if (!rounds.exists(code)) {
                rounds.insert(new Round(code, Stage.PUBLISHED, DEMO_QUOTA, nominations.stream().map(Nomination::id).toList(), List.of()),
                        startOf(code));
            }
            nominations.stream().filter(nomination -> !rounds.isNominated(code, nomination.measureId())).forEach(rounds::insert);
        });
    }

    private Measure insertMeasure(HalfYear code, Map<String, String> row) {
        List<Adoption> adoptions = new ArrayList<>();
        if (!row.get("adoptions").isBlank()) {
            for (String adoption : row.get("adoptions").split("\\|")) {
                String[] parts = adoption.split(":");
                adoptions.add(new Adoption(parts[0], LocalDate.parse(parts[1])));
            }
        }
        Measure measure = new Measure(demoId("measure", row.get("title")), row.get("title"), row.get("summary"),
                new HashSet<>(Arrays.asList(row.get("domains").split("\\|"))), row.get("lead_unit"), row.get("district"),
                Boolean.parseBoolean(row.get("informatization_driven")), Boolean.parseBoolean(row.get("institutional_innovation")),
                code, MeasureStatus.fromCode(row.get("status")), adoptions, demoAssumptions(row, MEASURE_FACTS));
        measures.insert(measure, clock.instant());
        return measure;
    }

    /** A measure loaded before its demo assumptions were noted gets them now. */
    private Measure withDemoAssumptions(Measure stored, Map<String, String> row) {
        List<String> assumed = demoAssumptions(row, MEASURE_FACTS);
        if (stored.demoAssumptions().equals(assumed)) {
            return stored;
        }
        Measure noted = new Measure(stored.id(), stored.title(), stored.summary(), stored.domains(), stored.leadUnit(), stored.district(),
                stored.informatizationDriven(), stored.institutionalInnovation(), stored.originRound(), stored.status(),
                stored.adoptions(), assumed);
        measures.update(noted);
        return noted;
    }

    /** The facts a row's {@code demo_assumptions} names, {@code *} meaning every one of {@code facts}. */
    private static List<String> demoAssumptions(Map<String, String> row, List<String> facts) {
        String assumed = row.get("demo_assumptions");
        if ("*".equals(assumed)) {
            return facts;
        }
        List<String> named = assumed.isBlank() ? List.of() : List.of(assumed.split("\\|"));
        named.stream().filter(fact -> !facts.contains(fact)).findFirst().ifPresent(fact -> {
            throw new IllegalStateException("demo data names an unknown fact '" + fact + "' in: " + row);
        });
        return named;
    }

    /** The historic rounds predate the register: each measure stands nominated by its lead district (or the city's task group). */
    private Nomination historicNomination(HalfYear code, Measure measure) {
        boolean city = Districts.CITY.equals(measure.district());
        return new Nomination(demoId("nomination", code + measure.title()), code, measure.id(),
                city ? "city-task-group" : measure.district(), city ? NominatorKind.TASK_GROUP : NominatorKind.DISTRICT,
                "历史数据导入：" + code + " 批次入选名单", startOf(code));
    }

    private void loadSites() {
        for (Map<String, String> row : csv("demo-sites.csv")) {
            if (sites.exists(row.get("id"))) {
                sites.noteDemoAssumptions(row.get("id"), demoAssumptions(row, SITE_FACTS));
                continue;
            }
            Measure measure = measures.byTitle(row.get("measure_title")).orElseThrow(
                    () -> new IllegalStateException("demo site " + row.get("id") + " names an unknown measure"));
            sites.create(new ShowcaseSite(row.get("id"), row.get("name"), SiteKind.fromCode(row.get("kind")), measure.id(),
                    Double.valueOf(row.get("lat")), Double.valueOf(row.get("lon")), row.get("address"), row.get("description"),
                    demoAssumptions(row, SITE_FACTS)));
        }
    }

    /** The sites' sample figures (the grid platform's own come live from the dashboard); each metric is seeded once. */
    private void loadKpis() {
        for (Map<String, String> row : csv("demo-kpis.csv")) {
            if (sites.hasFigure(row.get("site_id"), row.get("metric"))) {
                continue;
            }
            sites.record(new KpiReading(row.get("site_id"), row.get("metric"), Double.parseDouble(row.get("value")), row.get("unit"),
                    row.get("period"), Instant.parse(row.get("measured_at"))))
                    .orElseThrow(() -> new IllegalStateException("demo figure for an unknown site: " + row));
        }
    }

    private void loadSupervision() {
        for (Map<String, String> row : csv("demo-supervision.csv")) {
            if (supervisionRows.findByDistrictAndMonth(row.get("district"), row.get("month")).isPresent()) {
                continue;
            }
            Map<NoticeKind, Integer> notices = new EnumMap<>(NoticeKind.class);
            notices.put(NoticeKind.PROMPT, Integer.valueOf(row.get("prompts")));
            notices.put(NoticeKind.ASSIGNMENT, Integer.valueOf(row.get("assignments")));
            notices.put(NoticeKind.URGING, Integer.valueOf(row.get("urgings")));
            notices.put(NoticeKind.ORDER, Integer.valueOf(row.get("orders")));
            supervision.record(new MonthlySupervision(row.get("district"), YearMonth.parse(row.get("month")),
                    Integer.parseInt(row.get("ledger_tasks")), Integer.parseInt(row.get("tasks_completed")), notices));
        }
    }

    private static Instant startOf(HalfYear code) {
        return LocalDate.of(code.year(), code.half() == 1 ? 1 : 7, 1).atStartOfDay().toInstant(ZoneOffset.ofHours(8));
    }

    private static UUID demoId(String kind, String key) {
        return UUID.nameUUIDFromBytes(("gridgov-registry-demo:" + kind + ":" + key).getBytes(StandardCharsets.UTF_8));
    }

    /** A plain CSV reader: the demo files quote nothing and hold no commas inside a cell. */
    private static List<Map<String, String>> csv(String name) {
        try (InputStream in = RegistryDemoData.class.getResourceAsStream("/registry/" + name);
                BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            List<String> lines = reader.lines().filter(line -> !line.isBlank()).toList();
            String[] header = lines.get(0).split(",", -1);
            List<Map<String, String>> rows = new ArrayList<>();
            for (String line : lines.subList(1, lines.size())) {
                String[] cells = line.split(",", -1);
                if (cells.length != header.length) {
                    throw new IllegalStateException(name + ": expected " + header.length + " cells in: " + line);
                }
                Map<String, String> row = new LinkedHashMap<>();
                for (int i = 0; i < header.length; i++) {
                    row.put(header[i], cells[i]);
                }
                rows.add(row);
            }
            return rows;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
