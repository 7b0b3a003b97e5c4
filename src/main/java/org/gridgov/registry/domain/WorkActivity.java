package org.gridgov.registry.domain;

import java.util.Arrays;

/**
 * Zibo's "六个一" work method for promoting reform measures: every month one scheduling meeting
 * (调度), one inspection (督察), one ranking (排名), one notice round (通报), one publicity push
 * (宣传) and one consultation (会诊). The ranking is the monthly supervision ranking computed from
 * the districts' ledgers; the platform has no separate record for it. The others are records the
 * reform office keeps here.
 */
public enum WorkActivity {
    SCHEDULING("scheduling", "调度", "a scheduling meeting: when, what was decided, optionally the measure or district concerned"),
    INSPECTION("inspection", "督察", "an inspection of a district's promotion work: the district, when, what was found"),
    RANKING("ranking", "排名", "no record of its own: the monthly supervision ranking computed from each district's ledger"
            + " (PUT /api/v1/registry/supervision/{month}/{district})"),
    NOTICE("notice", "通报", "a notice to a district, one of 三单一书 (提示单, 交办单, 催办单, 责令书): kind, district, subject"),
    PUBLICITY("publicity", "宣传", "a publicity item: title, date, summary, optionally the measure it promotes"),
    CONSULTATION("consultation", "会诊", "a consultation on a lagging district or measure: who or what, when, the remedies agreed");

    private final String code;
    private final String label;
    private final String records;

    WorkActivity(String code, String label, String records) {
        this.code = code;
        this.label = label;
        this.records = records;
    }

    public String code() {
        return code;
    }

    public String label() {
        return label;
    }

    /** What the platform keeps for this activity, in a sentence. */
    public String records() {
        return records;
    }

    /** Whether the office records this activity here; the ranking is computed instead. */
    public boolean recordedHere() {
        return this != RANKING;
    }

    public static WorkActivity fromCode(String code) {
        return Arrays.stream(values())
                .filter(activity -> activity.code.equals(code))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("unknown activity '" + code + "'; one of "
                        + String.join(", ", Arrays.stream(values()).map(WorkActivity::code).toList())));
    }
}
