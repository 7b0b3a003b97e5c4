package org.gridgov.grid.domain;

/** Deterministic, plausible Chinese personal names for demo data (a name is a function of a key). */
public final class DemoNames {

    private static final String SURNAMES = "王李张刘陈杨赵黄周吴徐孙胡朱高林何郭马罗梁宋郑谢韩唐冯于董萧程曹袁邓许傅沈曾彭吕苏卢蒋蔡贾丁魏薛叶阎余潘杜戴夏钟汪田任姜范方石姚谭廖邹熊金陆郝孔白崔康毛邱秦江史顾侯邵孟龙万段";
    private static final String GIVEN = "伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华玉兰萍红建国志文海燕鹏飞宇辉晓东丹婷雪梅林斌波峰亮浩";

    private DemoNames() {}

    public static String person(long seed, String key) {
        long h = mix(seed ^ key.hashCode() * 0x9E3779B97F4A7C15L);
        String surname = String.valueOf(SURNAMES.charAt((int) Long.remainderUnsigned(h, SURNAMES.length())));
        h = mix(h);
        String first = String.valueOf(GIVEN.charAt((int) Long.remainderUnsigned(h, GIVEN.length())));
        h = mix(h);
        if ((h & 1) == 0) {
            return surname + first;
        }
        return surname + first + GIVEN.charAt((int) Long.remainderUnsigned(mix(h), GIVEN.length()));
    }

    /** SplitMix64 finaliser: a cheap, well-spread hash for deriving independent values from keys. */
    static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }
}
