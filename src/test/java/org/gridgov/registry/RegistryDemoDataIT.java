package org.gridgov.registry;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import org.gridgov.registry.app.RegistryDemoData;
import org.gridgov.platform.security.Role;
import org.gridgov.support.TestTokens;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@MicronautTest(transactional = false)
class RegistryDemoDataIT {

    @Inject
    @Client("/")
    HttpClient http;

    @Inject
    TestTokens tokens;

    @Inject
    RegistryDemoData demoData;

    private RegistryHttp api;

    @BeforeEach
    void loadTheDemoDataTwice() {
        demoData.load();
        demoData.load();
        api = new RegistryHttp(http.toBlocking(), tokens.issue("reform", Role.REFORM_OFFICE, List.of()));
    }

    @Test
    void theSummaryOf2016To2018GivesTheFiguresOfTheReformReport() {
        Map<String, Object> summary = api.get("/api/v1/registry/summary?from=2016H1&to=2018H2");
        assertThat(summary).containsEntry("total", 60)
                .containsEntry("informatizationDriven", 49)
                .containsEntry("institutional", 35)
                .containsEntry("either", 56)
                .containsEntry("shareEither", 93.3);
        assertThat(summary.get("perDomain")).asInstanceOf(org.assertj.core.api.InstanceOfAssertFactories.MAP)
                .containsKeys("governance", "health", "education", "employment", "elderly-care", "safety", "environment");
    }

    @Test
    @SuppressWarnings("unchecked")
    void theSixRoundsArePublishedWithTenMeasuresEach() {
        for (String code : List.of("2016H1", "2016H2", "2017H1", "2017H2", "2018H1", "2018H2")) {
            Map<String, Object> round = api.get("/api/v1/registry/rounds/" + code);
            assertThat(round).containsEntry("stage", "published");
            assertThat((List<Object>) round.get("list")).hasSize(10);
        }
    }

    @Test
    @SuppressWarnings("unchecked")
    void theGridPlatformIsTheShowcaseStarOfTheFengshuiMeasure() {
        Map<String, Object> site = api.get("/api/v1/registry/sites/fengshui-grid");
        assertThat(site).containsEntry("kind", "star");
        Map<String, Object> measure = api.get("/api/v1/registry/measures/" + site.get("measureId"));
        assertThat((String) measure.get("title")).contains("沣水镇").contains("网格化管理");
        assertThat(measure).containsEntry("originRound", "2016H1").containsEntry("informatizationDriven", true);
    }

    @Test
    @SuppressWarnings("unchecked")
    void theNamedMeasuresAreInTheRegisterAndTheSamplesAreLabelled() {
        List<Map<String, Object>> measures = http.toBlocking().retrieve(io.micronaut.http.HttpRequest.GET("/api/v1/registry/measures"),
                io.micronaut.core.type.Argument.listOf(io.micronaut.core.type.Argument.mapOf(String.class, Object.class)));
        List<String> titles = measures.stream().map(m -> (String) m.get("title")).toList();
        assertThat(titles).contains("快易贷创业担保贷款网上平台", "刑责治污模式", "“互联网+居家养老”");
        long samples = titles.stream().filter(title -> title.startsWith("【示例】")).count();
        assertThat(samples).isEqualTo(45);
    }

    @Test
    @SuppressWarnings("unchecked")
    void theMeasuresCarryTheTitlesTheReportUsesAndTheirAssumedFactsAreMarked() {
        List<Map<String, Object>> measures = http.toBlocking().retrieve(io.micronaut.http.HttpRequest.GET("/api/v1/registry/measures"),
                io.micronaut.core.type.Argument.listOf(io.micronaut.core.type.Argument.mapOf(String.class, Object.class)));
        Map<String, Map<String, Object>> byTitle = new java.util.HashMap<>();
        measures.forEach(measure -> byTitle.put((String) measure.get("title"), measure));
        assertThat(byTitle).containsKeys("联动审批机制", "公安环保联动执法机制", "智慧家医", "跨区域环境污染治理快速反应协查机制",
                "“数字化+”", "安全环保监管巡查系统");
        assertThat(byTitle).doesNotContainKeys("投资项目远程视频联合审批", "警环联动执法", "淄博高新区智慧家庭医生管理中心",
                "跨区域污染快速响应机制", "安全环保巡查APP");
        // the report names the measure; the round that selected it and its two flags are the demo's assumption
        assertThat((List<String>) byTitle.get("智慧家医").get("demoAssumptions"))
                .contains("originRound", "informatizationDriven", "institutionalInnovation").doesNotContain("title");
        byTitle.values().stream().filter(measure -> ((String) measure.get("title")).startsWith("【示例】"))
                .forEach(sample -> assertThat((List<String>) sample.get("demoAssumptions")).contains("title", "originRound"));
    }

    @Test
    @SuppressWarnings("unchecked")
    void sevenStarsAndNinePointsEachWithFigures() {
        List<Map<String, Object>> sites = http.toBlocking().retrieve(io.micronaut.http.HttpRequest.GET("/api/v1/registry/sites"),
                io.micronaut.core.type.Argument.listOf(io.micronaut.core.type.Argument.mapOf(String.class, Object.class)));
        List<Map<String, Object>> demoSites = sites.stream()
                .filter(site -> site.get("demoAssumptions") != null && !((List<String>) site.get("demoAssumptions")).isEmpty()).toList();
        assertThat(demoSites).filteredOn(site -> "star".equals(site.get("kind"))).hasSize(7);
        assertThat(demoSites).filteredOn(site -> "point".equals(site.get("kind"))).hasSize(9);
        for (Map<String, Object> listed : demoSites) {
            Map<String, Object> site = api.get("/api/v1/registry/sites/" + listed.get("id"));
            if ("fengshui-grid".equals(site.get("id"))) {
                // the platform's own site: its figures are reported live, never assumed
                assertThat((List<String>) site.get("demoAssumptions")).doesNotContain("kpis");
                continue;
            }
            assertThat((List<String>) site.get("demoAssumptions")).as((String) site.get("id")).contains("kpis");
            assertThat((Map<String, Object>) site.get("kpis")).as((String) site.get("id")).hasSizeGreaterThanOrEqualTo(2);
        }
        assertThat(api.get("/api/v1/registry/sites/gaoxin-family-doctor")).satisfies(site -> assertThat(
                api.get("/api/v1/registry/measures/" + site.get("measureId"))).containsEntry("title", "智慧家医"));
    }
}
