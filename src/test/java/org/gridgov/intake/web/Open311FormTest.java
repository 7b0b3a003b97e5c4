package org.gridgov.intake.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import org.gridgov.intake.app.Open311Requests;
import org.gridgov.platform.problem.Problem;
import org.junit.jupiter.api.Test;

/** Form fields as the two real clients and the specification write them. */
class Open311FormTest {

    @Test
    void theJavaClientsLatin1FormIsReadAsLatin1AndEveryOtherAsUtf8() {
        Open311Form form = new Open311Form();
        // Apache HttpClient's UrlEncodedFormEntity without a charset: ISO-8859-1, and no charset in Content-Type
        form.addUrlEncoded("description=caf%E9+cr%E8me", null);
        form.addUrlEncoded("address_string=%E5%BC%A0%E5%BA%97%E5%8C%BA", null);
        Open311Requests.CitizenRequest request = form.citizenRequest();
        assertThat(request.description()).isEqualTo("café crème");
        assertThat(request.addressString()).isEqualTo("张店区");
    }

    @Test
    void aDeclaredCharsetIsTrusted() {
        Open311Form form = new Open311Form();
        form.addUrlEncoded("description=%E9", StandardCharsets.ISO_8859_1);
        assertThat(form.citizenRequest().description()).isEqualTo("é");
    }

    @Test
    void singleAndMultiValueAttributesInBothSpellings() {
        Open311Form form = new Open311Form();
        form.addUrlEncoded("attribute%5Bseverity%5D=high&attribute[kinds][0]=glass&attribute[kinds][1]=paper"
                + "&attribute[bins][]=a&attribute[bins][]=b", null);
        assertThat(form.citizenRequest().attributes()).containsEntry("severity", "high")
                .containsEntry("kinds", "glass,paper").containsEntry("bins", "a,b");
    }

    @Test
    void theJavaClientsAddressFieldIsTheAddressString() {
        Open311Form form = new Open311Form();
        form.addUrlEncoded("address=%E4%BA%BA%E6%B0%91%E8%A5%BF%E8%B7%AF+1%E5%8F%B7", null);
        assertThat(form.citizenRequest().addressString()).isEqualTo("人民西路 1号");
    }

    @Test
    void theBodyComesBeforeTheQueryString() {
        Open311Form form = new Open311Form();
        form.addUrlEncoded("service_code=0102", null);
        form.addUrlEncoded("service_code=0601&api_key=k", null);
        assertThat(form.citizenRequest().serviceCode()).isEqualTo("0102");
        assertThat(form.citizenRequest().apiKey()).isEqualTo("k");
    }

    @Test
    void aBrokenPercentEscapeIsABadRequestNamingTheBody() {
        assertThatThrownBy(() -> new Open311Form().addUrlEncoded("description=100%", null))
                .isInstanceOfSatisfying(Problem.class, problem -> assertThat(problem.status()).isEqualTo(400));
    }
}
