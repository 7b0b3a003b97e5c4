package org.gridgov.dispatch;

import io.micronaut.core.type.Argument;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import java.util.Map;
import java.util.UUID;

/** The case API as a client calls it: GET for the ETag, POST an action with If-Match. */
final class CaseHttp {

    /** Status, body and ETag of one answer, whether it succeeded or not. */
    record Answer(int status, Map<String, Object> body, String etag) {
        String state() {
            return (String) body.get("state");
        }
    }

    private final HttpClient client;

    CaseHttp(HttpClient client) {
        this.client = client;
    }

    Answer get(String token, UUID id) {
        return exchange(HttpRequest.GET("/api/v1/cases/" + id).bearerAuth(token));
    }

    Answer get(String token, String path) {
        return exchange(HttpRequest.GET(path).bearerAuth(token));
    }

    /** Reads the current ETag, then posts the action with it. */
    Answer act(String token, UUID id, String action, Object body) {
        Answer current = get(token, id);
        if (current.status() != 200) {
            return current;
        }
        return act(token, id, action, current.etag(), body);
    }

    Answer act(String token, UUID id, String action, String ifMatch, Object body) {
        var request = HttpRequest.POST("/api/v1/cases/" + id + "/" + action, body == null ? Map.of() : body).bearerAuth(token);
        if (ifMatch != null) {
            request.header("If-Match", ifMatch);
        }
        return exchange(request);
    }

    private Answer exchange(HttpRequest<?> request) {
        try {
            HttpResponse<Map<String, Object>> response =
                    client.toBlocking().exchange(request, Argument.mapOf(String.class, Object.class));
            return new Answer(response.code(), response.body(), response.header("ETag"));
        } catch (HttpClientResponseException e) {
            Map<String, Object> body = e.getResponse().getBody(Argument.mapOf(String.class, Object.class)).orElse(Map.of());
            return new Answer(e.getStatus().getCode(), body, null);
        }
    }
}
