package org.gridgov.grid.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.InputStreamReader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class DivisionsImportTest {

    private final Map<String, Area> stored = new HashMap<>();
    private final DivisionsImport divisionsImport = new DivisionsImport(code -> Optional.ofNullable(stored.get(code)));

    @Test
    void theShippedZiboFileImportsCompletelyIntoAnEmptyStore() {
        List<DivisionRow> rows = DivisionsCsv.read(new InputStreamReader(
                getClass().getResourceAsStream("/reference/zibo-divisions.csv"), StandardCharsets.UTF_8));
        DivisionsImportReport report = divisionsImport.check(rows);
        assertThat(report.rejected()).isEmpty();
        assertThat(report.added()).hasSize(1 + 8 + 88 + 2931);
        assertThat(report.added()).anySatisfy(a -> {
            assertThat(a.code()).isEqualTo("370303102001");
            assertThat(a.name()).isEqualTo("矿山社区");
            assertThat(a.parentCode()).isEqualTo("370303102");
        });
    }

    @Test
    void anotherCityInAnyRowOrderImportsTheSameWay() {
        DivisionsImportReport report = divisionsImport.check(csv("""
                code,name,level,parent_code
                370102001012,"解放路社区",community,370102001
                370102001,"解放路街道",township,370102
                370102,"历下区",district,370100
                370100,"济南市",city,370000
                """));
        assertThat(report.rejected()).isEmpty();
        assertThat(report.added()).extracting(Area::code).containsExactly("370100", "370102", "370102001", "370102001012");
    }

    @Test
    void rowsWithUnknownParentsWrongLengthsOrDuplicateCodesAreRejectedWithTheirLine() {
        DivisionsImportReport report = divisionsImport.check(csv("""
                code,name,level,parent_code
                370100,"济南市",city,370000
                370102,"历下区",district,370100
                3701020011,"太长街道",township,370102
                370102001,"解放路街道",township,370102
                370102001,"又一个解放路街道",township,370102
                370199001001,"无主社区",community,370199001
                370102001013,"某社区",village,370102001
                """));
        assertThat(report.rejected()).extracting(r -> r.line() + ":" + r.reason()).containsExactly(
                "4:bad code length for the level: township needs 9 digits",
                "6:duplicate code",
                "7:unknown parent 370199001",
                "8:unknown level 'village'");
        assertThat(report.added()).extracting(Area::code).containsExactly("370100", "370102", "370102001");
    }

    @Test
    void aCodeOutsideItsParentIsRejected() {
        stored.put("370102", new Area("370102", "历下区", AreaLevel.DISTRICT, "370100", null));
        DivisionsImportReport report = divisionsImport.check(csv("""
                code,name,level,parent_code
                370103001,"错位街道",township,370102
                """));
        assertThat(report.rejected()).singleElement()
                .satisfies(r -> assertThat(r.reason()).isEqualTo("code does not lie within parent 370102"));
    }

    @Test
    void aCodeOfAnotherTiersFormIsRejectedSoItCannotStandInForAProvince() {
        DivisionsImportReport report = divisionsImport.check(csv("""
                code,name,level,parent_code
                370000,"山东省",province,
                990000,"像省的市",city,370000
                370100,"济南市",city,370000
                370200,"青岛市",district,370100
                370102000,"零号街道",township,370102
                440100,"广州市",city,370000
                370102,"历下区",district,370100
                """));
        assertThat(report.rejected()).extracting(r -> r.line() + ":" + r.reason()).containsExactly(
                "3:code 990000 does not have the form of a city code",
                "5:code 370200 does not have the form of a district code",
                "6:code 370102000 does not have the form of a township code",
                "7:code does not lie within parent 370000");
        assertThat(report.added()).extracting(Area::code).containsExactly("370000", "370100", "370102");
    }

    @Test
    void aCityWhoseProvinceIsOutsideTheFileMustStillLieWithinIt() {
        DivisionsImportReport report = divisionsImport.check(csv("""
                code,name,level,parent_code
                440100,"广州市",city,370000
                """));
        assertThat(report.rejected()).singleElement()
                .satisfies(r -> assertThat(r.reason()).isEqualTo("code does not lie within parent 370000"));
    }

    @Test
    void aParentCodeThatIsNoAreaCodeIsRejectedEvenWhereTheParentMayBeOutsideTheFile() {
        DivisionsImportReport report = divisionsImport.check(csv("""
                code,name,level,parent_code
                370100,"济南市",city,37-province-of-shandong
                """));
        assertThat(report.rejected()).singleElement()
                .satisfies(r -> assertThat(r.reason()).isEqualTo("bad parent code '37-province-of-shandong'"));
    }

    @Test
    void aRenamedAreaIsReportedAsUpdatedAndAnUnchangedOneNotAtAll() {
        stored.put("370100", new Area("370100", "济南市", AreaLevel.CITY, "370000", null));
        stored.put("370102", new Area("370102", "历下区", AreaLevel.DISTRICT, "370100", "李强"));
        DivisionsImportReport report = divisionsImport.check(csv("""
                code,name,level,parent_code
                370100,"济南市",city,370000
                370102,"历下新区",district,370100
                """));
        assertThat(report.added()).isEmpty();
        assertThat(report.updated()).singleElement().satisfies(a -> {
            assertThat(a.name()).isEqualTo("历下新区");
            assertThat(a.responsible()).isEqualTo("李强");
        });
    }

    @Test
    void aFileWithoutTheExpectedHeaderIsRefusedAsAWhole() {
        assertThatThrownBy(() -> csv("id,title\n1,x\n")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("code,name,level,parent_code");
    }

    private static List<DivisionRow> csv(String text) {
        return DivisionsCsv.read(new StringReader(text));
    }
}
