package org.gridgov.grid.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/**
 * Reference pairs published with widely used implementations of the formulas (eviltransform's
 * test set, coordtransform's README example).
 */
class ChinaDatumsTest {

    @ParameterizedTest(name = "WGS-84 {0},{1} is GCJ-02 {2},{3}")
    @CsvSource({
        "31.1774276, 121.5272106, 31.17530398364597, 121.531541859215",   // Shanghai
        "22.543847, 113.912316, 22.540796131694766, 113.9171764808363",   // Shenzhen
        "39.911954, 116.377817, 39.91334545536069, 116.38404722455657",   // Beijing
        "39.915, 116.404, 39.91640428150164, 116.41024449916938"
    })
    void theForwardTransformMatchesThePublishedPairs(double wgsLat, double wgsLon, double gcjLat, double gcjLon) {
        LatLon gcj = ChinaDatums.wgs84ToGcj02(new LatLon(wgsLat, wgsLon));
        assertThat(gcj.lat()).isCloseTo(gcjLat, within(1e-7));
        assertThat(gcj.lon()).isCloseTo(gcjLon, within(1e-7));
    }

    @ParameterizedTest(name = "GCJ-02 {2},{3} goes back to WGS-84 {0},{1} within half a metre")
    @CsvSource({
        "31.1774276, 121.5272106, 31.17530398364597, 121.531541859215",
        "22.543847, 113.912316, 22.540796131694766, 113.9171764808363",
        "39.911954, 116.377817, 39.91334545536069, 116.38404722455657"
    })
    void theIterativeInverseLandsWithinHalfAMetre(double wgsLat, double wgsLon, double gcjLat, double gcjLon) {
        LatLon wgs = ChinaDatums.toWgs84(new LatLon(gcjLat, gcjLon), CoordinateSystem.GCJ02);
        assertThat(metresBetween(wgs, new LatLon(wgsLat, wgsLon))).isLessThan(0.5);
    }

    @Test
    void theInverseIsSubMetreAcrossZibo() {
        for (double lat = 36.0; lat <= 37.3; lat += 0.1) {
            for (double lon = 117.6; lon <= 118.5; lon += 0.1) {
                LatLon original = new LatLon(lat, lon);
                LatLon back = ChinaDatums.gcj02ToWgs84(ChinaDatums.wgs84ToGcj02(original));
                assertThat(metresBetween(back, original)).isLessThan(0.01);
            }
        }
    }

    @Test
    void baiduCoordinatesFollowThePublishedExample() {
        LatLon gcj = ChinaDatums.bd09ToGcj02(new LatLon(39.915, 116.404));
        assertThat(gcj.lat()).isCloseTo(39.90865673957631, within(1e-9));
        assertThat(gcj.lon()).isCloseTo(116.39762729119315, within(1e-9));
        LatLon bd = ChinaDatums.gcj02ToBd09(new LatLon(39.915, 116.404));
        assertThat(bd.lat()).isCloseTo(39.92133699351021, within(1e-9));
        assertThat(bd.lon()).isCloseTo(116.41036949371029, within(1e-9));
    }

    @Test
    void aBaiduPointOfAKnownWgsPointComesBackToIt() {
        LatLon zhangdian = new LatLon(36.8131, 118.0548);
        LatLon bd = ChinaDatums.gcj02ToBd09(ChinaDatums.wgs84ToGcj02(zhangdian));
        assertThat(metresBetween(ChinaDatums.toWgs84(bd, CoordinateSystem.BD09), zhangdian)).isLessThan(0.5);
    }

    @Test
    void pointsOutsideChinaAreNotShifted() {
        LatLon paris = new LatLon(48.8566, 2.3522);
        assertThat(ChinaDatums.toWgs84(paris, CoordinateSystem.GCJ02)).isEqualTo(paris);
        assertThat(ChinaDatums.wgs84ToGcj02(paris)).isEqualTo(paris);
    }

    @Test
    void wgs84InputIsTakenAsItIs() {
        LatLon p = new LatLon(36.5, 118.0);
        assertThat(ChinaDatums.toWgs84(p, CoordinateSystem.WGS84)).isEqualTo(p);
    }

    static double metresBetween(LatLon a, LatLon b) {
        double r = 6_371_008.8;
        double dLat = Math.toRadians(b.lat() - a.lat());
        double dLon = Math.toRadians(b.lon() - a.lon()) * Math.cos(Math.toRadians((a.lat() + b.lat()) / 2));
        return r * Math.sqrt(dLat * dLat + dLon * dLon);
    }
}
