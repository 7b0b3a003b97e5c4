package org.gridgov.registry.web;

import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.util.EnumMap;
import java.util.Map;
import org.gridgov.registry.domain.Criterion;

/** Points 0–10 on each of the six criteria (创新程度, 自愿程度, 效益程度, 重要程度, 节约程度, 推广程度). */
@Serdeable
public record PointsRequest(
        @NotNull @Min(0) @Max(10) Integer innovation,
        @NotNull @Min(0) @Max(10) Integer voluntariness,
        @NotNull @Min(0) @Max(10) Integer benefit,
        @NotNull @Min(0) @Max(10) Integer importance,
        @NotNull @Min(0) @Max(10) Integer economy,
        @NotNull @Min(0) @Max(10) Integer transferability) {

    Map<Criterion, Integer> toMap() {
        Map<Criterion, Integer> points = new EnumMap<>(Criterion.class);
        points.put(Criterion.INNOVATION, innovation);
        points.put(Criterion.VOLUNTARINESS, voluntariness);
        points.put(Criterion.BENEFIT, benefit);
        points.put(Criterion.IMPORTANCE, importance);
        points.put(Criterion.ECONOMY, economy);
        points.put(Criterion.TRANSFERABILITY, transferability);
        return points;
    }
}
