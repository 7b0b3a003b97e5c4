package org.gridgov.simulator;

import java.util.List;

/**
 * Where and as whom a city is simulated: the township, the grids of its grid worker, the demo
 * accounts the platform creates with demo data on (docs: README, demo logins), and the Open311 key
 * of the citizens' app.
 */
public record CityProfile(String name, String townshipCode, List<String> workerGrids, String worker,
                          String dispatcher, String dispatcherDepartment, String township, String password,
                          String open311Key) {

    /** 沣水镇 of 淄博 with the platform's demo users and demo API key. */
    public static final CityProfile ZIBO = new CityProfile("zibo", "370303102",
            List.of("370303102001001", "370303102001002"), "worker", "dispatcher", "CGJ", "township",
            "gridgov-demo", "o311_zibo-demo-key");

    public static CityProfile named(String name) {
        if (ZIBO.name().equals(name)) {
            return ZIBO;
        }
        throw new IllegalArgumentException("--city knows only zibo (the demo city), not '" + name + "'");
    }
}
