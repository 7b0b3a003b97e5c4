package org.gridgov.grid.domain;

/**
 * Converts GCJ-02 and BD-09 coordinates to WGS-84 with the published formulas (the GCJ-02 offset on
 * the Krasovsky ellipsoid, and Baidu's rotation/scale on top of it). GCJ-02 has no closed-form
 * inverse: we iterate the forward transform until the residual is below about a millimetre, which
 * converges in a handful of steps because the offset varies slowly. Points outside China's
 * bounding box are not shifted by the forward transform, so they come back unchanged.
 */
public final class ChinaDatums {

    private static final double A = 6_378_245.0;
    private static final double EE = 0.00669342162296594323;
    private static final double X_PI = Math.PI * 3000.0 / 180.0;
    private static final double INVERSE_TOLERANCE_DEGREES = 1e-8;

    private ChinaDatums() {}

    public static LatLon toWgs84(LatLon point, CoordinateSystem from) {
        return switch (from) {
            case WGS84 -> point;
            case GCJ02 -> gcj02ToWgs84(point);
            case BD09 -> gcj02ToWgs84(bd09ToGcj02(point));
        };
    }

    public static boolean outsideChina(LatLon p) {
        return p.lon() < 72.004 || p.lon() > 137.8347 || p.lat() < 0.8293 || p.lat() > 55.8271;
    }

    public static LatLon wgs84ToGcj02(LatLon wgs) {
        if (outsideChina(wgs)) {
            return wgs;
        }
        double x = wgs.lon() - 105.0;
        double y = wgs.lat() - 35.0;
        double dLat = offsetLat(x, y);
        double dLon = offsetLon(x, y);
        double radLat = Math.toRadians(wgs.lat());
        double magic = 1 - EE * Math.sin(radLat) * Math.sin(radLat);
        double sqrtMagic = Math.sqrt(magic);
        dLat = (dLat * 180.0) / ((A * (1 - EE)) / (magic * sqrtMagic) * Math.PI);
        dLon = (dLon * 180.0) / (A / sqrtMagic * Math.cos(radLat) * Math.PI);
        return new LatLon(wgs.lat() + dLat, wgs.lon() + dLon);
    }

    public static LatLon gcj02ToWgs84(LatLon gcj) {
        if (outsideChina(gcj)) {
            return gcj;
        }
        double lat = gcj.lat();
        double lon = gcj.lon();
        for (int i = 0; i < 30; i++) {
            LatLon forward = wgs84ToGcj02(new LatLon(lat, lon));
            double errLat = forward.lat() - gcj.lat();
            double errLon = forward.lon() - gcj.lon();
            lat -= errLat;
            lon -= errLon;
            if (Math.abs(errLat) < INVERSE_TOLERANCE_DEGREES && Math.abs(errLon) < INVERSE_TOLERANCE_DEGREES) {
                break;
            }
        }
        return new LatLon(lat, lon);
    }

    public static LatLon bd09ToGcj02(LatLon bd) {
        double x = bd.lon() - 0.0065;
        double y = bd.lat() - 0.006;
        double z = Math.sqrt(x * x + y * y) - 0.00002 * Math.sin(y * X_PI);
        double theta = Math.atan2(y, x) - 0.000003 * Math.cos(x * X_PI);
        return new LatLon(z * Math.sin(theta), z * Math.cos(theta));
    }

    public static LatLon gcj02ToBd09(LatLon gcj) {
        double x = gcj.lon();
        double y = gcj.lat();
        double z = Math.sqrt(x * x + y * y) + 0.00002 * Math.sin(y * X_PI);
        double theta = Math.atan2(y, x) + 0.000003 * Math.cos(x * X_PI);
        return new LatLon(z * Math.sin(theta) + 0.006, z * Math.cos(theta) + 0.0065);
    }

    private static double offsetLat(double x, double y) {
        double ret = -100.0 + 2.0 * x + 3.0 * y + 0.2 * y * y + 0.1 * x * y + 0.2 * Math.sqrt(Math.abs(x));
        ret += (20.0 * Math.sin(6.0 * x * Math.PI) + 20.0 * Math.sin(2.0 * x * Math.PI)) * 2.0 / 3.0;
        ret += (20.0 * Math.sin(y * Math.PI) + 40.0 * Math.sin(y / 3.0 * Math.PI)) * 2.0 / 3.0;
        ret += (160.0 * Math.sin(y / 12.0 * Math.PI) + 320 * Math.sin(y * Math.PI / 30.0)) * 2.0 / 3.0;
        return ret;
    }

    private static double offsetLon(double x, double y) {
        double ret = 300.0 + x + 2.0 * y + 0.1 * x * x + 0.1 * x * y + 0.1 * Math.sqrt(Math.abs(x));
        ret += (20.0 * Math.sin(6.0 * x * Math.PI) + 20.0 * Math.sin(2.0 * x * Math.PI)) * 2.0 / 3.0;
        ret += (20.0 * Math.sin(x * Math.PI) + 40.0 * Math.sin(x / 3.0 * Math.PI)) * 2.0 / 3.0;
        ret += (150.0 * Math.sin(x / 12.0 * Math.PI) + 300.0 * Math.sin(x / 30.0 * Math.PI)) * 2.0 / 3.0;
        return ret;
    }
}
